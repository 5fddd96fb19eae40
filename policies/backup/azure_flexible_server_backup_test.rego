package plangate.rules.azure_flexible_server_backup_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_flexible_server_backup as rule
import rego.v1

params := object.union(t.params, {"min_backup_retention_days": 7})

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

server(values) := t.tf("azurerm_postgresql_flexible_server", "db", object.union({"name": "prd-db"}, values))

test_geo_backups_pass if passes(server({"backup_retention_days": 35, "geo_redundant_backup_enabled": true}))

test_single_region_fails if fails(server({"backup_retention_days": 35, "geo_redundant_backup_enabled": false}))

test_short_retention_fails if {
	r := server({"backup_retention_days": 3, "geo_redundant_backup_enabled": true})
	fails(r)
	some m in messages([r])
	contains(m, "3 days")
}

test_retention_follows_the_parameter if {
	r := server({"backup_retention_days": 14, "geo_redundant_backup_enabled": true})
	d := t.ids(rule.deny) with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"min_backup_retention_days": 30})
	d == {r.id}
}

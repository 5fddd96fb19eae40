package plangate.rules.azure_key_vault_soft_delete_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_key_vault_soft_delete as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

vault(values) := t.tf("azurerm_key_vault", "kv", object.union({"name": "prd-kv", "sku_name": "standard"}, values))

test_full_retention_passes if {
	passes(vault({"soft_delete_retention_days": 90}))
	passes(vault({}))
}

test_short_retention_fails if {
	r := vault({"soft_delete_retention_days": 7})
	fails(r)
	some m in messages([r])
	contains(m, "7 days")
}

test_soft_delete_off_fails if fails(vault({"soft_delete_enabled": false}))

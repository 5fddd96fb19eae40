package plangate.rules.azure_cosmosdb_no_public_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_cosmosdb_no_public_access as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
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

account(values) := t.tf("azurerm_cosmosdb_account", "c", object.union({"name": "prd-orders"}, values))

test_private_and_filtered_pass if {
	passes(account({"public_network_access_enabled": false}))
	passes(account({"public_network_access_enabled": true, "ip_range_filter": ["203.0.113.0/24"]}))
	passes(account({"public_network_access_enabled": true, "ip_range_filter": "203.0.113.0/24,198.51.100.7"}))
	passes(account({"public_network_access_enabled": true, "is_virtual_network_filter_enabled": true}))
}

test_open_account_fails if fails(account({"public_network_access_enabled": true, "ip_range_filter": []}))

test_open_range_fails if fails(account({"public_network_access_enabled": true, "ip_range_filter": ["0.0.0.0/0"]}))

package plangate.rules.azure_cosmosdb_local_auth_disabled_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_cosmosdb_local_auth_disabled as rule
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

test_entra_only_passes if passes(t.tf("azurerm_cosmosdb_account", "c", {"name": "prd-orders", "local_authentication_disabled": true}))

test_account_keys_fail if fails(t.tf("azurerm_cosmosdb_account", "c", {"name": "prd-orders", "local_authentication_disabled": false}))

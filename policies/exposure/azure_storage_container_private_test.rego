package plangate.rules.azure_storage_container_private_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_storage_container_private as rule
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

test_private_container_and_account_pass if {
	passes(t.tf("azurerm_storage_container", "c", {"name": "reports", "container_access_type": "private"}))
	passes(t.tf("azurerm_storage_account", "a", {"name": "prddata", "allow_nested_items_to_be_public": false}))
}

test_public_container_fails if fails(t.tf("azurerm_storage_container", "c", {"name": "reports", "container_access_type": "blob"}))

test_account_allowing_public_containers_fails if fails(t.tf("azurerm_storage_account", "a", {"name": "prddata", "allow_nested_items_to_be_public": true}))

test_account_defaults_follow_the_provider_version if {
	fails(t.tf("azurerm_storage_account", "a", {"name": "prddata"}))
	passes(t.tf("azurerm_storage_account", "a", {"name": "prddata", "allow_blob_public_access": false}))
}

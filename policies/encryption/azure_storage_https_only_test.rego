package plangate.rules.azure_storage_https_only_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_storage_https_only as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_https_only_passes if {
	r := t.tf("azurerm_storage_account", "x", {"https_traffic_only_enabled": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_azurerm3_attribute_off_fails if {
	r := t.tf("azurerm_storage_account", "x", {"enable_https_traffic_only": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "enable_https_traffic_only")
}

test_azurerm4_attribute_off_fails if {
	r := t.tf("azurerm_storage_account", "x", {"https_traffic_only_enabled": false})
	o := outcome([r])
	o.deny == {r.id}
}

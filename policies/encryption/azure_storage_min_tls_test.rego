package plangate.rules.azure_storage_min_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_storage_min_tls as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_tls12_passes if {
	r := t.tf("azurerm_storage_account", "x", {"min_tls_version": "TLS1_2"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_tls10_fails if {
	r := t.tf("azurerm_storage_account", "x", {"min_tls_version": "TLS1_0"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "TLS1_2")
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("azurerm_storage_account", "x", {}), {"min_tls_version": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

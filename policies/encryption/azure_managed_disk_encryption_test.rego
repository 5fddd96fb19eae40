package plangate.rules.azure_managed_disk_encryption_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_managed_disk_encryption as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_disk_encryption_set_reference_passes if {
	r := t.with_refs(t.with_unknown(t.tf("azurerm_managed_disk", "x", {}), {"disk_encryption_set_id": true}), {"disk_encryption_set_id": ["azurerm_disk_encryption_set.main"]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_platform_key_fails if {
	r := t.tf("azurerm_managed_disk", "x", {"disk_encryption_set_id": null, "encryption_settings": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "disk_encryption_set_id")
}

test_unknown_without_reference_is_unknown if {
	r := t.with_unknown(t.tf("azurerm_managed_disk", "x", {}), {"disk_encryption_set_id": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

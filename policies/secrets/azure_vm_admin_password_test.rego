package plangate.rules.azure_vm_admin_password_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_vm_admin_password as rule
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

test_generated_password_passes if {
	r := t.with_refs(t.tf("azurerm_windows_virtual_machine", "vm", {"name": "prd-vm", "admin_password": "(sensitive value)"}), {"admin_password": ["random_password.admin"]})
	passes(r)
}

test_ssh_only_linux_passes if passes(t.tf("azurerm_linux_virtual_machine", "vm", {"name": "prd-vm", "admin_password": null}))

test_literal_password_fails_masked if {
	r := t.tf("azurerm_windows_virtual_machine", "vm", {"name": "prd-vm", "admin_password": "(sensitive value)"})
	fails(r)
	some m in messages([r])
	not contains(m, "(sensitive value)")
}

test_legacy_vm_password_fails_masked if {
	r := t.tf("azurerm_virtual_machine", "vm", {"os_profile": [{"admin_username": "azureuser", "admin_password": "ComplxP@ssw0rd!"}]})
	fails(r)
	some m in messages([r])
	not contains(m, "ComplxP@ssw0rd!")
}

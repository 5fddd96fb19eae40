package plangate.rules.azure_linux_vm_ssh_keys_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_linux_vm_ssh_keys as rule
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

test_keys_only_passes if {
	passes(t.tf("azurerm_linux_virtual_machine", "vm", {"name": "prd-vm", "disable_password_authentication": true}))
	passes(t.tf("azurerm_virtual_machine", "legacy", {"name": "prd-vm", "os_profile_linux_config": [{"disable_password_authentication": true}]}))
}

test_windows_legacy_vm_is_not_judged if count(outcome([t.tf("azurerm_virtual_machine", "win", {"os_profile_linux_config": [], "os_profile_windows_config": [{}]})]).applies) == 0

test_password_login_fails if {
	fails(t.tf("azurerm_linux_virtual_machine", "vm", {"name": "prd-vm", "disable_password_authentication": false}))
	fails(t.tf("azurerm_virtual_machine", "legacy", {"name": "prd-vm", "os_profile_linux_config": [{"disable_password_authentication": false}]}))
}

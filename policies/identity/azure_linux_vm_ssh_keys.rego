# METADATA
# title: Linux VMs accept SSH keys only
# description: >-
#   Linux virtual machines switch password authentication off (disable_password_authentication = true), so SSH
#   logins need a key and cannot be brute-forced or reused from leaked passwords.
# scope: package
# custom:
#   id: azure-linux-vm-ssh-keys
#   severity: medium
#   category: identity
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.1" }
#   remediation: Set disable_password_authentication = true and give the VM an admin_ssh_key.
#   resourceTypes: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_virtual_machine]
package plangate.rules.azure_linux_vm_ssh_keys

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

linux_types := {"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"}

# Legacy VMs are Linux when they have an os_profile_linux_config block.
machines := array.concat(
	resources.of_types(linux_types),
	[r | some r in resources.of_type("azurerm_virtual_machine"); count(blocks.of(r, "os_profile_linux_config")) > 0],
)

password_allowed(r) if {
	r.type in linux_types
	r.values.disable_password_authentication == false
}

password_allowed(r) if {
	r.type == "azurerm_virtual_machine"
	not blocks.first(r, "os_profile_linux_config").disable_password_authentication == true
}

applies contains r.id if some r in machines

deny contains {"id": r.id, "msg": msg} if {
	some r in machines
	password_allowed(r)
	msg := sprintf("Linux VM %s accepts SSH passwords; set disable_password_authentication = true and use SSH keys", [r.address])
}

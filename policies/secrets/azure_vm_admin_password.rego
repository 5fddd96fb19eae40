# METADATA
# title: VM admin passwords are not written in the configuration
# description: >-
#   A virtual machine's administrator password comes from a resource that generates or stores it (random_password,
#   a Key Vault secret), not from a literal or a variable of the configuration, where it sits in plain text in the
#   code, in tfvars files and in CI logs. The password itself is never copied into a report.
# scope: package
# custom:
#   id: azure-vm-admin-password
#   severity: high
#   category: secrets
#   controls:
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.6.2" }
#   remediation: >-
#     Generate the password with random_password (and store it in Key Vault) or read it from an
#     azurerm_key_vault_secret data source; on Linux, use SSH keys instead.
#   resourceTypes: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set, azurerm_virtual_machine_scale_set]
package plangate.rules.azure_vm_admin_password

import data.plangate.lib.attributes
import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

machines := resources.of_types(object.keys(azure.vm_password_paths))

# A password is set: a non-empty value (redacted or not) is planned for it.
has_password(r) if {
	value := attributes.value(r, azure.vm_password_paths[r.type])
	is_string(value)
	value != ""
}

applies contains r.id if some r in machines

deny contains {"id": r.id, "msg": msg} if {
	some r in machines
	path := azure.vm_password_paths[r.type]
	has_password(r)
	not attributes.refers(r, concat(".", path))
	msg := sprintf("%s takes its admin password from the configuration (%s, value withheld); generate it with random_password or read it from Key Vault", [r.address, concat(".", path)])
}

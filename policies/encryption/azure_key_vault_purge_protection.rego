# METADATA
# title: Key Vaults have purge protection
# description: >-
#   Every Key Vault sets purge_protection_enabled = true, so nobody, an attacker with owner rights included, can
#   purge a soft-deleted key before its retention ends and make the data encrypted with it unreadable.
# scope: package
# custom:
#   id: azure-key-vault-purge-protection
#   severity: high
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "8.5" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "A1.2" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: Set purge_protection_enabled = true on the azurerm_key_vault (it cannot be switched off afterwards).
#   resourceTypes: [azurerm_key_vault]
package plangate.rules.azure_key_vault_purge_protection

import data.plangate.lib.resources
import rego.v1

vaults := resources.of_type("azurerm_key_vault")

applies contains r.id if some r in vaults

deny contains {"id": r.id, "msg": msg} if {
	some r in vaults
	not r.values.purge_protection_enabled == true
	not r.unknown.purge_protection_enabled == true
	msg := sprintf("Key Vault %s can be purged before its retention ends; set purge_protection_enabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: purge_protection_enabled is known only after apply", [r.address])} if {
	some r in vaults
	r.unknown.purge_protection_enabled == true
}

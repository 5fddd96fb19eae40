# METADATA
# title: Key Vaults keep deleted keys and secrets recoverable
# description: >-
#   Every Key Vault keeps soft delete on (soft_delete_enabled is not false, on providers that still offer it) with
#   the full 90-day retention (soft_delete_retention_days), so a key deleted by mistake or by an attacker can be
#   recovered and the data it encrypts is not lost.
# scope: package
# custom:
#   id: azure-key-vault-soft-delete
#   severity: high
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "8.5" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "A1.2" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: Remove soft_delete_enabled = false and set soft_delete_retention_days = 90 (or leave it unset).
#   resourceTypes: [azurerm_key_vault]
package plangate.rules.azure_key_vault_soft_delete

import data.plangate.lib.resources
import rego.v1

vaults := resources.of_type("azurerm_key_vault")

full_retention := 90

applies contains r.id if some r in vaults

deny contains {"id": r.id, "msg": msg} if {
	some r in vaults
	r.values.soft_delete_enabled == false
	msg := sprintf("Key Vault %s switches soft delete off; deleted keys and secrets cannot be recovered", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in vaults
	days := r.values.soft_delete_retention_days
	is_number(days)
	days < full_retention
	msg := sprintf("Key Vault %s keeps deleted keys for %d days only; set soft_delete_retention_days = 90", [r.address, days])
}

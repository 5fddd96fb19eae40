# METADATA
# title: Storage containers are private
# description: >-
#   No storage container allows anonymous reads (container_access_type blob or container), and no storage account
#   allows its containers to be made public (allow_nested_items_to_be_public, which the provider leaves on unless
#   told otherwise).
# scope: package
# custom:
#   id: azure-storage-container-private
#   severity: high
#   category: exposure
#   controls:
#     - { framework: CIS-AZURE, id: "3.7" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Set container_access_type = "private" on containers and allow_nested_items_to_be_public = false on the account.
#   resourceTypes: [azurerm_storage_container, azurerm_storage_account]
package plangate.rules.azure_storage_container_private

import data.plangate.lib.resources
import rego.v1

containers := resources.of_type("azurerm_storage_container")

accounts := resources.of_type("azurerm_storage_account")

applies contains r.id if some r in containers

applies contains r.id if some r in accounts

deny contains {"id": r.id, "msg": msg} if {
	some r in containers
	access := r.values.container_access_type
	access in {"blob", "container"}
	msg := sprintf("storage container %s allows anonymous reads (container_access_type = %s); set it to private", [r.address, access])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in accounts
	public_allowed(r)
	msg := sprintf("storage account %s lets its containers be made public; set allow_nested_items_to_be_public = false", [r.address])
}

# Provider 3.0 and later name the switch allow_nested_items_to_be_public and default it to true; before, it was
# allow_blob_public_access, defaulting to false. A plan carries the attribute of its provider's version.
public_allowed(r) if r.values.allow_nested_items_to_be_public == true

public_allowed(r) if r.values.allow_blob_public_access == true

public_allowed(r) if count(object.filter(r.values, ["allow_nested_items_to_be_public", "allow_blob_public_access"])) == 0

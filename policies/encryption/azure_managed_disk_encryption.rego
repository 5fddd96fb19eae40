# METADATA
# title: Azure managed disks are encrypted with a managed key set
# description: >-
#   Managed disks use a disk encryption set (customer-managed keys) or Azure Disk Encryption, not only the
#   platform's default key.
# scope: package
# custom:
#   id: azure-managed-disk-encryption
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AZURE, id: "7.3" }
#   remediation: Set disk_encryption_set_id on the azurerm_managed_disk, or add encryption_settings.
#   resourceTypes: [azurerm_managed_disk]
package plangate.rules.azure_managed_disk_encryption

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("azurerm_managed_disk")
}

encrypted(r) if attributes.is_set(r, ["disk_encryption_set_id"])

encrypted(r) if count(r.values.encryption_settings) > 0

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_managed_disk")
	not encrypted(r)
	s := settings.of(r, ["disk_encryption_set_id"])
	s.known
	msg := sprintf("%s relies on the platform key only%s; set disk_encryption_set_id to a disk encryption set", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_managed_disk")
	not encrypted(r)
	s := settings.of(r, ["disk_encryption_set_id"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.key_evidence(r, ["disk_encryption_set_id"])} if {
	some r in resources.of_type("azurerm_managed_disk")
	attributes.is_set(r, ["disk_encryption_set_id"])
}

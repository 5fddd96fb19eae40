# METADATA
# title: Azure storage accounts accept HTTPS only
# description: Storage accounts refuse plain HTTP, so data is encrypted in transit.
# scope: package
# custom:
#   id: azure-storage-https-only
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AZURE, id: "3.1" }
#   remediation: >-
#     Set https_traffic_only_enabled = true (enable_https_traffic_only on azurerm provider versions before 4).
#   resourceTypes: [azurerm_storage_account]
package plangate.rules.azure_storage_https_only

import data.plangate.lib.resources
import rego.v1

# azurerm 4 renamed the attribute; whichever the plan holds decides.
attribute_names := ["https_traffic_only_enabled", "enable_https_traffic_only"]

applies contains r.id if {
	some r in resources.of_type("azurerm_storage_account")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_storage_account")
	some name in attribute_names
	r.values[name] == false
	msg := sprintf("%s accepts plain HTTP; set %s = true", [r.address, name])
}

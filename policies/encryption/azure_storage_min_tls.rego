# METADATA
# title: Azure storage accounts require TLS 1.2
# description: >-
#   Storage accounts refuse TLS versions older than 1.2.
# scope: package
# custom:
#   id: azure-storage-min-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AZURE, id: "3.15" }
#   remediation: >-
#     Set min_tls_version = "TLS1_2" on the azurerm_storage_account.
#   resourceTypes: [azurerm_storage_account]
package plangate.rules.azure_storage_min_tls

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"azurerm_storage_account"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["min_tls_version"]) == "TLS1_2"
	not attributes.unknown(r, ["min_tls_version"])
	msg := sprintf("%s accepts TLS versions older than 1.2; set min_tls_version = \"TLS1_2\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["min_tls_version"])
	msg := sprintf("%s: min_tls_version is known only after apply", [r.address])
}

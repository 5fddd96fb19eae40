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

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"azurerm_storage_account"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["min_tls_version"])
	s.known
	not s.value == "TLS1_2"
	msg := sprintf("%s accepts TLS versions older than 1.2%s; set min_tls_version = \"TLS1_2\"", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["min_tls_version"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["min_tls_version"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["min_tls_version"])
	s.known
	s.value == "TLS1_2"
}

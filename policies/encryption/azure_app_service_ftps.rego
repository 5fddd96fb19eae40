# METADATA
# title: App Service apps do not accept plain FTP
# description: >-
#   Every App Service web and function app sets site_config ftps_state to Disabled or FtpsOnly, so deployment
#   credentials and code are never sent over unencrypted FTP (the legacy app types allow it unless told otherwise).
# scope: package
# custom:
#   id: azure-app-service-ftps
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "9.10" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set site_config { ftps_state = "Disabled" } (or "FtpsOnly" when FTP deployment is needed).
#   resourceTypes: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service, azurerm_function_app]
package plangate.rules.azure_app_service_ftps

import data.plangate.lib.azure
import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

apps := resources.of_types(azure.app_service_types)

safe := {"Disabled", "FtpsOnly"}

# ftps_state as the app will run it: the configured value, else the type's default (Disabled for the current
# types, AllAllowed for the legacy ones).
state(r) := s if {
	s := blocks.first(r, "site_config").ftps_state
	is_string(s)
	s != ""
} else := "AllAllowed" if {
	r.type in azure.legacy_app_service_types
} else := "Disabled"

applies contains r.id if some r in apps

deny contains {"id": r.id, "msg": msg} if {
	some r in apps
	not state(r) in safe
	msg := sprintf("%s accepts plain FTP (ftps_state %s); set site_config.ftps_state = \"Disabled\"", [r.address, state(r)])
}

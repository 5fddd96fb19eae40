# METADATA
# title: App Service apps require TLS 1.2
# description: >-
#   Every App Service web and function app refuses TLS versions older than 1.2 (site_config minimum_tls_version,
#   and scm_minimum_tls_version for the deployment endpoint).
# scope: package
# custom:
#   id: azure-app-service-min-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "9.3" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set site_config { minimum_tls_version = "1.2", scm_minimum_tls_version = "1.2" } (or leave them unset).
#   resourceTypes: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service, azurerm_function_app]
package plangate.rules.azure_app_service_min_tls

import data.plangate.lib.azure
import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

apps := resources.of_types(azure.app_service_types)

# The settings by their name in the current and the legacy resource types.
settings := ["minimum_tls_version", "scm_minimum_tls_version", "min_tls_version", "scm_min_tls_version"]

weak := {"1.0", "1.1"}

applies contains r.id if some r in apps

deny contains {"id": r.id, "msg": msg} if {
	some r in apps
	config := blocks.first(r, "site_config")
	some setting in settings
	config[setting] in weak
	msg := sprintf("%s accepts TLS %s (site_config.%s); set it to 1.2", [r.address, config[setting], setting])
}

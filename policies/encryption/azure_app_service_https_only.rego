# METADATA
# title: App Service apps accept HTTPS only
# description: >-
#   Every App Service web and function app sets https_only = true, so plain-HTTP requests are redirected to HTTPS
#   instead of carrying cookies, tokens and personal data unencrypted.
# scope: package
# custom:
#   id: azure-app-service-https-only
#   severity: high
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "9.2" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set https_only = true on the app.
#   resourceTypes: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service, azurerm_function_app]
package plangate.rules.azure_app_service_https_only

import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

apps := resources.of_types(azure.app_service_types)

applies contains r.id if some r in apps

deny contains {"id": r.id, "msg": msg} if {
	some r in apps
	not r.values.https_only == true
	not r.unknown.https_only == true
	msg := sprintf("%s accepts plain HTTP; set https_only = true", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: https_only is known only after apply", [r.address])} if {
	some r in apps
	r.unknown.https_only == true
}

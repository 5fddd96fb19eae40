# METADATA
# title: Azure data services send diagnostic logs
# description: >-
#   Key vaults, storage accounts and SQL servers have an azurerm_monitor_diagnostic_setting that targets them,
#   so access to keys and data is logged.
# scope: package
# custom:
#   id: azure-diagnostic-settings
#   severity: medium
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: CIS-AZURE, id: "5.1.4" }
#   remediation: Add an azurerm_monitor_diagnostic_setting with target_resource_id = <resource>.id and a Log Analytics workspace.
#   resourceTypes: [azurerm_key_vault, azurerm_storage_account, azurerm_mssql_server]
package plangate.rules.azure_diagnostic_settings

import data.plangate.lib.resources
import rego.v1

types := {"azurerm_key_vault", "azurerm_storage_account", "azurerm_mssql_server"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not resources.is_target_of(r, "azurerm_monitor_diagnostic_setting", "target_resource_id")
	msg := sprintf("%s has no diagnostic setting; add an azurerm_monitor_diagnostic_setting that targets it", [r.address])
}

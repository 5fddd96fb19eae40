# METADATA
# title: Azure SQL databases use transparent data encryption
# description: Azure SQL databases keep transparent data encryption (TDE) switched on.
# scope: package
# custom:
#   id: azure-sql-tde
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AZURE, id: "4.1.5" }
#   remediation: Remove transparent_data_encryption_enabled = false from the azurerm_mssql_database (it defaults to true).
#   resourceTypes: [azurerm_mssql_database]
package plangate.rules.azure_sql_tde

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("azurerm_mssql_database")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_mssql_database")
	r.values.transparent_data_encryption_enabled == false
	msg := sprintf("%s switches transparent data encryption off; set transparent_data_encryption_enabled = true", [r.address])
}

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
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("azurerm_mssql_database")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_mssql_database")
	s := settings.of(r, ["transparent_data_encryption_enabled"])
	s.known
	s.value == false
	msg := sprintf("%s switches transparent data encryption off%s; set transparent_data_encryption_enabled = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_mssql_database")
	s := settings.of(r, ["transparent_data_encryption_enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["transparent_data_encryption_enabled"], s)} if {
	some r in resources.of_type("azurerm_mssql_database")
	s := settings.of(r, ["transparent_data_encryption_enabled"])
	s.known
	not s.value == false
}

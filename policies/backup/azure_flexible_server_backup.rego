# METADATA
# title: PostgreSQL and MySQL flexible servers keep geo-redundant backups
# description: >-
#   Every PostgreSQL or MySQL flexible server keeps backups (backup_retention_days) for at least
#   min_backup_retention_days (7 by default) and copies them to the paired region (geo_redundant_backup_enabled), so
#   personal data can be restored after an incident or a regional outage (GDPR Art. 32(1)(c)).
# scope: package
# custom:
#   id: azure-flexible-server-backup
#   severity: medium
#   category: backup
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: ISO27001:2022, id: "A.5.30" }
#     - { framework: SOC2, id: "A1.2" }
#   remediation: >-
#     Set backup_retention_days to min_backup_retention_days (7 by default) or more and
#     geo_redundant_backup_enabled = true (set at creation).
#   resourceTypes: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server]
#   parameters: [min_backup_retention_days]
package plangate.rules.azure_flexible_server_backup

import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

servers := resources.of_types(azure.flexible_server_types)

applies contains r.id if some r in servers

deny contains {"id": r.id, "msg": msg} if {
	some r in servers
	days := r.values.backup_retention_days
	is_number(days)
	days < data.plangate.params.min_backup_retention_days
	msg := sprintf("%s keeps backups for %d days; set backup_retention_days to %d or more", [r.address, days, data.plangate.params.min_backup_retention_days])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in servers
	not r.values.geo_redundant_backup_enabled == true
	not r.unknown.geo_redundant_backup_enabled == true
	msg := sprintf("%s keeps its backups in one region; set geo_redundant_backup_enabled = true", [r.address])
}

# METADATA
# title: Neptune clusters keep automated backups long enough to recover
# description: >-
#   An aws_neptune_cluster keeps automated backups for at least min_backup_retention_days (7 by default). Left unset, the
#   provider keeps them for 1 day, so corruption noticed after a weekend cannot be undone (GDPR Art. 32(1)(c):
#   restoring availability and access to personal data in a timely manner).
# scope: package
# custom:
#   id: aws-neptune-backup-retention
#   severity: medium
#   category: backup
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: ISO27001:2022, id: "A.5.30" }
#     - { framework: SOC2, id: "A1.2" }
#   remediation: Set backup_retention_period to 7 or more days on the aws_neptune_cluster.
#   resourceTypes: [aws_neptune_cluster]
package plangate.rules.aws_neptune_backup_retention

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_neptune_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_neptune_cluster")
	not attributes.unknown(r, ["backup_retention_period"])
	days := object.get(r.values, "backup_retention_period", null)
	not days >= data.plangate.params.min_backup_retention_days
	msg := sprintf("%s keeps automated backups for %s day(s); set backup_retention_period to at least %d", [r.address, retention(days), data.plangate.params.min_backup_retention_days])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_neptune_cluster")
	attributes.unknown(r, ["backup_retention_period"])
	msg := sprintf("%s: backup_retention_period is known only after apply", [r.address])
}

# Unset, the provider's default of 1 day applies.
retention(days) := sprintf("%d", [days]) if is_number(days)

else := "1 (the default)"

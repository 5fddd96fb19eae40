# METADATA
# title: Backup vaults are locked against deletion of recovery points
# description: >-
#   Every aws_backup_vault has an aws_backup_vault_lock_configuration, so recovery points cannot be deleted before
#   their retention ends, not even by an administrator whose credentials were stolen (ransomware deletes backups
#   first).
# scope: package
# custom:
#   id: aws-backup-vault-lock
#   severity: low
#   category: backup
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: SOC2, id: "A1.2" }
#   remediation: >-
#     Add an aws_backup_vault_lock_configuration with backup_vault_name = the vault's name and min_retention_days
#     (and changeable_for_days for compliance mode).
#   resourceTypes: [aws_backup_vault]
package plangate.rules.aws_backup_vault_lock

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_backup_vault")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_backup_vault")
	not resources.is_target_of(r, "aws_backup_vault_lock_configuration", "backup_vault_name")
	msg := sprintf("%s is not locked; add an aws_backup_vault_lock_configuration for it", [r.address])
}

# METADATA
# title: Backup vaults are encrypted with a customer-managed key
# description: >-
#   An aws_backup_vault names a customer-managed KMS key in kms_key_arn. With the default AWS-managed key, the
#   recovery points cannot be protected by a key policy of their own, nor their key disabled if the account is
#   compromised.
# scope: package
# custom:
#   id: aws-backup-vault-cmk
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Set kms_key_arn on the aws_backup_vault to a customer-managed aws_kms_key.
#   resourceTypes: [aws_backup_vault]
package plangate.rules.aws_backup_vault_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_backup_vault"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["kms_key_arn"])
	not attributes.unknown(r, ["kms_key_arn"])
	msg := sprintf("%s encrypts recovery points with the AWS-managed key; set kms_key_arn to a customer-managed key", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["kms_key_arn"])
	not attributes.refers(r, "kms_key_arn")
	msg := sprintf("%s: kms_key_arn is known only after apply", [r.address])
}

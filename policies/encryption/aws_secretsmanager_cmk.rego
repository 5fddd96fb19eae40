# METADATA
# title: Secrets Manager secrets are encrypted with a customer-managed key
# description: >-
#   An aws_secretsmanager_secret names a customer-managed KMS key in kms_key_id. With the default aws/secretsmanager
#   key, every principal of the account allowed secretsmanager:GetSecretValue can decrypt the secret: no key policy
#   separates who may read it, and the key cannot be disabled or audited on its own.
# scope: package
# custom:
#   id: aws-secretsmanager-cmk
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: Set kms_key_id on the aws_secretsmanager_secret to a customer-managed aws_kms_key.
#   resourceTypes: [aws_secretsmanager_secret]
package plangate.rules.aws_secretsmanager_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_secretsmanager_secret")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_secretsmanager_secret")
	not customer_key(r)
	not attributes.unknown(r, ["kms_key_id"])
	msg := sprintf("%s is encrypted with the account's default aws/secretsmanager key; set kms_key_id to a customer-managed key", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_secretsmanager_secret")
	attributes.unknown(r, ["kms_key_id"])
	not attributes.refers(r, "kms_key_id")
	msg := sprintf("%s: kms_key_id is known only after apply", [r.address])
}

# A key is named and is not the AWS-managed alias.
customer_key(r) if attributes.refers(r, "kms_key_id")

customer_key(r) if {
	attributes.is_set(r, ["kms_key_id"])
	not endswith(r.values.kms_key_id, "alias/aws/secretsmanager")
}

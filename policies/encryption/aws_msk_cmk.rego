# METADATA
# title: MSK clusters are encrypted with a customer-managed key
# description: >-
#   An aws_msk_cluster names a customer-managed KMS key in encryption_info.encryption_at_rest_kms_key_arn;
#   otherwise the brokers' volumes use the AWS-managed aws/kafka key.
# scope: package
# custom:
#   id: aws-msk-cmk
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Set encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.x.arn } on the aws_msk_cluster.
#   resourceTypes: [aws_msk_cluster]
package plangate.rules.aws_msk_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_msk_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["encryption_info", "encryption_at_rest_kms_key_arn"])
	not attributes.unknown(r, ["encryption_info", "encryption_at_rest_kms_key_arn"])
	msg := sprintf("%s encrypts its brokers' storage with the AWS-managed key; set encryption_info.encryption_at_rest_kms_key_arn", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encryption_info", "encryption_at_rest_kms_key_arn"])
	not attributes.refers(r, "encryption_info.encryption_at_rest_kms_key_arn")
	msg := sprintf("%s: encryption_info.encryption_at_rest_kms_key_arn is known only after apply", [r.address])
}

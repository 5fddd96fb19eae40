# METADATA
# title: SageMaker endpoint configurations encrypt their volumes with a customer-managed key
# description: >-
#   An aws_sagemaker_endpoint_configuration names a KMS key in kms_key_arn, which encrypts the storage volumes
#   of the instances serving the model.
# scope: package
# custom:
#   id: aws-sagemaker-endpoint-cmk
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Set kms_key_arn on the aws_sagemaker_endpoint_configuration to a customer-managed aws_kms_key.
#   resourceTypes: [aws_sagemaker_endpoint_configuration]
package plangate.rules.aws_sagemaker_endpoint_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_sagemaker_endpoint_configuration"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["kms_key_arn"])
	not attributes.unknown(r, ["kms_key_arn"])
	msg := sprintf("%s does not encrypt its instances' volumes with a customer-managed key; set kms_key_arn", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["kms_key_arn"])
	not attributes.refers(r, "kms_key_arn")
	msg := sprintf("%s: kms_key_arn is known only after apply", [r.address])
}

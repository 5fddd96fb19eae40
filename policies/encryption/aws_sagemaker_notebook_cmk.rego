# METADATA
# title: SageMaker notebook instances are encrypted with a customer-managed key
# description: >-
#   An aws_sagemaker_notebook_instance names a KMS key in kms_key_id for its ML storage volume; otherwise the
#   volume holding notebooks and training data uses an AWS-managed key.
# scope: package
# custom:
#   id: aws-sagemaker-notebook-cmk
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Set kms_key_id on the aws_sagemaker_notebook_instance to a customer-managed aws_kms_key.
#   resourceTypes: [aws_sagemaker_notebook_instance]
package plangate.rules.aws_sagemaker_notebook_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_sagemaker_notebook_instance"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["kms_key_id"])
	not attributes.unknown(r, ["kms_key_id"])
	msg := sprintf("%s does not encrypt its storage volume with a customer-managed key; set kms_key_id", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["kms_key_id"])
	not attributes.refers(r, "kms_key_id")
	msg := sprintf("%s: kms_key_id is known only after apply", [r.address])
}

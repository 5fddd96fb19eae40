# METADATA
# title: SQS queues are encrypted at rest
# description: SQS queues encrypt messages at rest with SQS-managed keys or KMS.
# scope: package
# custom:
#   id: aws-sqs-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: Set kms_master_key_id (preferred) or sqs_managed_sse_enabled = true on the aws_sqs_queue.
#   resourceTypes: [aws_sqs_queue]
package plangate.rules.aws_sqs_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_sqs_queue")
}

encrypted(r) if attributes.is_set(r, ["kms_master_key_id"])

encrypted(r) if r.values.sqs_managed_sse_enabled == true

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sqs_queue")
	not encrypted(r)
	not attributes.unknown(r, ["sqs_managed_sse_enabled"])
	msg := sprintf("%s is not encrypted at rest; set kms_master_key_id or sqs_managed_sse_enabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sqs_queue")
	not encrypted(r)
	attributes.unknown(r, ["sqs_managed_sse_enabled"])
	msg := sprintf("%s: sqs_managed_sse_enabled is known only after apply", [r.address])
}

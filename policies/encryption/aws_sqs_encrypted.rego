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
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_sqs_queue")
}

encrypted(r) if attributes.is_set(r, ["kms_master_key_id"])

encrypted(r) if {
	s := settings.of(r, ["sqs_managed_sse_enabled"])
	s.known
	s.value == true
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sqs_queue")
	not encrypted(r)
	s := settings.of(r, ["sqs_managed_sse_enabled"])
	s.known
	msg := sprintf("%s is not encrypted at rest%s; set kms_master_key_id or sqs_managed_sse_enabled = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sqs_queue")
	not encrypted(r)
	s := settings.of(r, ["sqs_managed_sse_enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sqs_queue")
	attributes.is_set(r, ["kms_master_key_id"])
	msg := settings.key_evidence(r, ["kms_master_key_id"])
}

evidence contains {"id": r.id, "msg": settings.observed(["sqs_managed_sse_enabled"], s)} if {
	some r in resources.of_type("aws_sqs_queue")
	not attributes.is_set(r, ["kms_master_key_id"])
	s := settings.of(r, ["sqs_managed_sse_enabled"])
	s.known
	s.value == true
}

# METADATA
# title: SNS topics are encrypted at rest
# description: SNS topics encrypt messages at rest with a KMS key.
# scope: package
# custom:
#   id: aws-sns-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: Set kms_master_key_id on the aws_sns_topic (for example to alias/aws/sns or a customer-managed key).
#   resourceTypes: [aws_sns_topic]
package plangate.rules.aws_sns_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_sns_topic")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sns_topic")
	not attributes.is_set(r, ["kms_master_key_id"])
	s := settings.of(r, ["kms_master_key_id"])
	s.known
	msg := sprintf("%s is not encrypted at rest%s; set kms_master_key_id", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sns_topic")
	not attributes.is_set(r, ["kms_master_key_id"])
	s := settings.of(r, ["kms_master_key_id"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sns_topic")
	attributes.is_set(r, ["kms_master_key_id"])
	msg := settings.key_evidence(r, ["kms_master_key_id"])
}

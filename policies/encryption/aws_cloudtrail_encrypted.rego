# METADATA
# title: CloudTrail logs are encrypted with a KMS key
# description: >-
#   Trails encrypt their log files with a customer-managed KMS key (SSE-KMS), so that reading the audit trail
#   needs a key permission as well as bucket access.
# scope: package
# custom:
#   id: aws-cloudtrail-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: CIS-AWS, id: "3.5" }
#   remediation: Set kms_key_id on the aws_cloudtrail to the ARN of a KMS key whose policy lets CloudTrail use it.
#   resourceTypes: [aws_cloudtrail]
package plangate.rules.aws_cloudtrail_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_cloudtrail")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	not attributes.is_set(r, ["kms_key_id"])
	s := settings.of(r, ["kms_key_id"])
	s.known
	msg := sprintf("CloudTrail %s writes its logs without a KMS key%s; set kms_key_id", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	not attributes.is_set(r, ["kms_key_id"])
	s := settings.of(r, ["kms_key_id"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	attributes.is_set(r, ["kms_key_id"])
	msg := settings.key_evidence(r, ["kms_key_id"])
}

# METADATA
# title: DynamoDB tables use KMS encryption
# description: >-
#   DynamoDB tables enable server-side encryption with KMS, so key use is logged and can be revoked (tables otherwise use an AWS-owned key).
# scope: package
# custom:
#   id: aws-dynamodb-kms-encryption
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: >-
#     Add a server_side_encryption block with enabled = true (and kms_key_arn for a customer-managed key).
#   resourceTypes: [aws_dynamodb_table]
package plangate.rules.aws_dynamodb_encrypted

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_dynamodb_table"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["server_side_encryption", "enabled"])
	s.known
	not s.value == true
	msg := sprintf("%s does not enable KMS server-side encryption%s; add server_side_encryption { enabled = true }", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["server_side_encryption", "enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["server_side_encryption", "enabled"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["server_side_encryption", "enabled"])
	s.known
	s.value == true
}

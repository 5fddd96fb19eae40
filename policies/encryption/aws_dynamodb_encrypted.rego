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

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_dynamodb_table"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["server_side_encryption", "enabled"]) == true
	not attributes.unknown(r, ["server_side_encryption", "enabled"])
	msg := sprintf("%s does not enable KMS server-side encryption; add server_side_encryption { enabled = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["server_side_encryption", "enabled"])
	msg := sprintf("%s: server_side_encryption.enabled is known only after apply", [r.address])
}

# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: >-
#   An aws_dynamodb_table sets point_in_time_recovery { enabled = true }, so the table can be restored to any second
#   of the last 35 days after a faulty deployment or a malicious delete. Without it only on-demand backups exist.
# scope: package
# custom:
#   id: aws-dynamodb-point-in-time-recovery
#   severity: medium
#   category: backup
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: ISO27001:2022, id: "A.5.30" }
#     - { framework: SOC2, id: "A1.2" }
#   remediation: Add point_in_time_recovery { enabled = true } to the aws_dynamodb_table.
#   resourceTypes: [aws_dynamodb_table]
package plangate.rules.aws_dynamodb_point_in_time_recovery

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

path := ["point_in_time_recovery", "enabled"]

applies contains r.id if {
	some r in resources.of_type("aws_dynamodb_table")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_dynamodb_table")
	not attributes.is_true(r, path)
	not attributes.unknown(r, path)
	msg := sprintf("%s cannot be restored to a point in time; add point_in_time_recovery { enabled = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_dynamodb_table")
	attributes.unknown(r, path)
	msg := sprintf("%s: point_in_time_recovery.enabled is known only after apply", [r.address])
}

# METADATA
# title: Kinesis streams are encrypted at rest
# description: >-
#   Kinesis data streams encrypt records with KMS.
# scope: package
# custom:
#   id: aws-kinesis-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id on the aws_kinesis_stream.
#   resourceTypes: [aws_kinesis_stream]
package plangate.rules.aws_kinesis_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_kinesis_stream"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["encryption_type"]) == "KMS"
	not attributes.unknown(r, ["encryption_type"])
	msg := sprintf("%s is not encrypted; set encryption_type = \"KMS\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encryption_type"])
	msg := sprintf("%s: encryption_type is known only after apply", [r.address])
}

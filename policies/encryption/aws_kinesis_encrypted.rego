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

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_kinesis_stream"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encryption_type"])
	s.known
	not s.value == "KMS"
	msg := sprintf("%s is not encrypted%s; set encryption_type = \"KMS\"", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encryption_type"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["encryption_type"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encryption_type"])
	s.known
	s.value == "KMS"
}

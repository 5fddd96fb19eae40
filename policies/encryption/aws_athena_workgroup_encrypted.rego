# METADATA
# title: Athena workgroups encrypt query results and enforce it
# description: >-
#   An aws_athena_workgroup sets configuration.result_configuration.encryption_configuration (SSE_S3, SSE_KMS or
#   CSE_KMS) and does not turn enforce_workgroup_configuration off, so every query's results, which copy the data
#   queried, are encrypted in S3 whatever the client asks for.
# scope: package
# custom:
#   id: aws-athena-workgroup-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Add configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS",
#     kms_key_arn = ... } } } and keep enforce_workgroup_configuration = true.
#   resourceTypes: [aws_athena_workgroup]
package plangate.rules.aws_athena_workgroup_encrypted

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_athena_workgroup")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_athena_workgroup")
	not encrypted(r)
	msg := sprintf("%s does not encrypt query results; set result_configuration.encryption_configuration", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_athena_workgroup")
	some configuration in object.get(r.values, "configuration", [])
	configuration.enforce_workgroup_configuration == false
	msg := sprintf("%s lets clients override its result encryption (enforce_workgroup_configuration = false)", [r.address])
}

encrypted(r) if {
	some configuration in object.get(r.values, "configuration", [])
	some results in object.get(configuration, "result_configuration", [])
	some encryption in object.get(results, "encryption_configuration", [])
	encryption.encryption_option in {"SSE_S3", "SSE_KMS", "CSE_KMS"}
}

# METADATA
# title: Glue jobs run with a security configuration
# description: >-
#   An aws_glue_job names a security_configuration, so the data it writes to S3, its CloudWatch logs and its
#   bookmarks are encrypted as that configuration says (see aws-glue-security-configuration-encrypted).
# scope: package
# custom:
#   id: aws-glue-job-security-configuration
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Set security_configuration on the aws_glue_job to an aws_glue_security_configuration that encrypts all
#     three.
#   resourceTypes: [aws_glue_job]
package plangate.rules.aws_glue_job_security_configuration

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_glue_job"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["security_configuration"])
	not attributes.unknown(r, ["security_configuration"])
	msg := sprintf("%s runs without a security configuration, so its output, logs and bookmarks are not encrypted; set security_configuration", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["security_configuration"])
	not attributes.refers(r, "security_configuration")
	msg := sprintf("%s: security_configuration is known only after apply", [r.address])
}

# METADATA
# title: Glue security configurations encrypt S3 data, CloudWatch logs and job bookmarks
# description: >-
#   An aws_glue_security_configuration turns on all three of its encryptions: s3_encryption, cloudwatch_encryption
#   and job_bookmarks_encryption, none of them left at "DISABLED". Jobs and crawlers using it otherwise write
#   extracted data, logs that may quote it, and bookmarks unencrypted.
# scope: package
# custom:
#   id: aws-glue-security-configuration-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Set s3_encryption_mode = "SSE-KMS", cloudwatch_encryption_mode = "SSE-KMS" and
#     job_bookmarks_encryption_mode = "CSE-KMS", each with a kms_key_arn.
#   resourceTypes: [aws_glue_security_configuration]
package plangate.rules.aws_glue_security_configuration_encrypted

import data.plangate.lib.resources
import rego.v1

# Each encryption block of encryption_configuration and the attribute holding its mode.
modes := {
	"s3_encryption": "s3_encryption_mode",
	"cloudwatch_encryption": "cloudwatch_encryption_mode",
	"job_bookmarks_encryption": "job_bookmarks_encryption_mode",
}

applies contains r.id if {
	some r in resources.of_type("aws_glue_security_configuration")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_glue_security_configuration")
	disabled := [block | some block, attribute in modes; not encrypted(r, block, attribute)]
	count(disabled) > 0
	msg := sprintf("%s leaves %s disabled", [r.address, concat(", ", sort(disabled))])
}

encrypted(r, block, attribute) if {
	some configuration in object.get(r.values, "encryption_configuration", [])
	some encryption in object.get(configuration, block, [])
	mode := object.get(encryption, attribute, "DISABLED")
	is_string(mode)
	mode != "DISABLED"
}

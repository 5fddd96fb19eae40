# METADATA
# title: S3 buckets are encrypted at rest
# description: >-
#   Every S3 bucket declares server-side encryption, either inline (AWS provider < 4) or through an
#   aws_s3_bucket_server_side_encryption_configuration resource that refers to it (provider 4 and later).
# scope: package
# custom:
#   id: aws-s3-encryption-at-rest
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: Art.32 }
#     - { framework: ISO27001:2022, id: A.8.24 }
#     - { framework: CIS-AWS, id: "2.1.1" }
#   remediation: >-
#     Add an aws_s3_bucket_server_side_encryption_configuration resource whose `bucket` refers to the bucket,
#     with sse_algorithm "aws:kms" (or "AES256").
#   resourceTypes: [aws_s3_bucket]
package plangate.rules.aws_s3_encryption_at_rest

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_s3_bucket")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	not encrypted(r)
	settings.of(r, inline_rule).known
	msg := sprintf("S3 bucket %s has no server-side encryption configuration; add an aws_s3_bucket_server_side_encryption_configuration that refers to it", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	not encrypted(r)
	s := settings.of(r, inline_rule)
	not s.known
	msg := sprintf("S3 bucket %s: %s", [r.address, s.reason])
}

# The inline encryption block (AWS provider < 4); provider 4 and later compute it, unset, from the bucket's default.
inline_rule := ["server_side_encryption_configuration", "rule"]

# Inline configuration (AWS provider < 4).
encrypted(r) if {
	some conf in r.values.server_side_encryption_configuration
	some rule in conf.rule
	count(rule.apply_server_side_encryption_by_default) > 0
}

# A separate configuration resource (AWS provider >= 4), joined by reference or by known bucket name.
encrypted(r) if resources.is_target_of(r, "aws_s3_bucket_server_side_encryption_configuration", "bucket")

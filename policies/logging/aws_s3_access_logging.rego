# METADATA
# title: S3 buckets log access
# description: >-
#   Server access logging is on for every bucket (inline logging block, or an aws_s3_bucket_logging resource
#   that refers to it), except for buckets that are themselves log targets.
# scope: package
# custom:
#   id: aws-s3-access-logging
#   severity: medium
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: GDPR, id: "Art.30" }
#     - { framework: CIS-AWS, id: "3.6" }
#   remediation: Add an aws_s3_bucket_logging resource for the bucket with a target_bucket for the logs.
#   resourceTypes: [aws_s3_bucket]
package plangate.rules.aws_s3_access_logging

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_s3_bucket")
	not log_target(r)
}

logged(r) if count(r.values.logging) > 0

logged(r) if resources.is_target_of(r, "aws_s3_bucket_logging", "bucket")

# Buckets receiving access logs or CloudTrail logs do not log to themselves.
log_target(r) if resources.is_target_of(r, "aws_s3_bucket_logging", "target_bucket")

log_target(r) if {
	some id in resources.known_identifiers(r)
	id in inline_log_targets
}

# Target buckets named by inline logging blocks (AWS provider < 4), collected once rather than per bucket.
inline_log_targets contains conf.target_bucket if {
	some l in input.resources
	l.type == "aws_s3_bucket"
	some conf in l.values.logging
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	not log_target(r)
	not logged(r)
	msg := sprintf("S3 bucket %s does not log access; add an aws_s3_bucket_logging resource for it", [r.address])
}

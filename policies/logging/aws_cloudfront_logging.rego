# METADATA
# title: CloudFront distributions write access logs
# description: >-
#   An aws_cloudfront_distribution has a logging_config block naming a bucket, so every viewer request is
#   recorded.
# scope: package
# custom:
#   id: aws-cloudfront-logging
#   severity: low
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Add logging_config { bucket = "<log-bucket>.s3.amazonaws.com", prefix = "cdn/" } to the distribution.
#   resourceTypes: [aws_cloudfront_distribution]
package plangate.rules.aws_cloudfront_logging

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_cloudfront_distribution"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["logging_config", "bucket"])
	not attributes.unknown(r, ["logging_config", "bucket"])
	msg := sprintf("%s writes no access logs; add a logging_config block", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["logging_config", "bucket"])
	not attributes.refers(r, "logging_config.bucket")
	msg := sprintf("%s: logging_config.bucket is known only after apply", [r.address])
}

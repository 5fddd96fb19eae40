# METADATA
# title: CloudTrail log file validation is on
# description: Trails write digest files so that altered or deleted log files can be detected.
# scope: package
# custom:
#   id: aws-cloudtrail-log-validation
#   severity: high
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.5.28" }
#     - { framework: CIS-AWS, id: "3.2" }
#   remediation: Set enable_log_file_validation = true on the aws_cloudtrail.
#   resourceTypes: [aws_cloudtrail]
package plangate.rules.aws_cloudtrail_log_validation

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_cloudtrail")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["enable_log_file_validation"])
	s.known
	not s.value == true
	msg := sprintf("CloudTrail %s does not validate its log files%s; set enable_log_file_validation = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["enable_log_file_validation"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["enable_log_file_validation"], s)} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["enable_log_file_validation"])
	s.known
	s.value == true
}

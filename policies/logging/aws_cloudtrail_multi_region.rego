# METADATA
# title: CloudTrail trails cover every region
# description: Trails record API activity in all regions, so activity in an unused region is not missed.
# scope: package
# custom:
#   id: aws-cloudtrail-multi-region
#   severity: high
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: CIS-AWS, id: "3.1" }
#   remediation: Set is_multi_region_trail = true on the aws_cloudtrail.
#   resourceTypes: [aws_cloudtrail]
package plangate.rules.aws_cloudtrail_multi_region

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_cloudtrail")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["is_multi_region_trail"])
	s.known
	not s.value == true
	msg := sprintf("CloudTrail %s records a single region%s; set is_multi_region_trail = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["is_multi_region_trail"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["is_multi_region_trail"], s)} if {
	some r in resources.of_type("aws_cloudtrail")
	s := settings.of(r, ["is_multi_region_trail"])
	s.known
	s.value == true
}

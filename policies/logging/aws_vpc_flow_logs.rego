# METADATA
# title: VPCs have flow logs
# description: Every VPC has an aws_flow_log that captures its traffic metadata.
# scope: package
# custom:
#   id: aws-vpc-flow-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: CIS-AWS, id: "3.9" }
#   remediation: Add an aws_flow_log with vpc_id = aws_vpc.<name>.id and traffic_type = "ALL".
#   resourceTypes: [aws_vpc]
package plangate.rules.aws_vpc_flow_logs

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_vpc")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_vpc")
	not resources.is_target_of(r, "aws_flow_log", "vpc_id")
	msg := sprintf("VPC %s has no flow log; add an aws_flow_log for it", [r.address])
}

# METADATA
# title: Load balancers write access logs
# description: Application and network load balancers log every request to S3.
# scope: package
# custom:
#   id: aws-lb-access-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#   remediation: Add an access_logs block with enabled = true and a bucket.
#   resourceTypes: [aws_lb, aws_alb]
package plangate.rules.aws_lb_access_logs

import data.plangate.lib.resources
import rego.v1

types := {"aws_lb", "aws_alb"}

applies contains r.id if {
	some r in resources.of_types(types)
	object.get(r.values, "load_balancer_type", "application") in {"application", "network"}
}

logs(r) if {
	some block in r.values.access_logs
	block.enabled == true
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	object.get(r.values, "load_balancer_type", "application") in {"application", "network"}
	not logs(r)
	msg := sprintf("%s writes no access logs; add access_logs { enabled = true, bucket = ... }", [r.address])
}

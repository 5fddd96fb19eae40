# METADATA
# title: Classic load balancers write access logs
# description: >-
#   A classic aws_elb has an access_logs block that is enabled and names a bucket, so every request is recorded
#   with its client address.
# scope: package
# custom:
#   id: aws-elb-access-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: Add access_logs { bucket = "<log-bucket>", enabled = true } to the aws_elb.
#   resourceTypes: [aws_elb]
package plangate.rules.aws_elb_access_logs

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_elb")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_elb")
	not logs(r)
	msg := sprintf("%s writes no access logs; add access_logs { bucket = ..., enabled = true }", [r.address])
}

# The block's `enabled` defaults to true; the bucket may be a reference known only after apply.
logs(r) if {
	some block in object.get(r.values, "access_logs", [])
	object.get(block, "enabled", true) != false
}

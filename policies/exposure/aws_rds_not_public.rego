# METADATA
# title: Databases are not publicly accessible
# description: RDS instances and clusters get no public IP address and stay reachable only from inside the VPC.
# scope: package
# custom:
#   id: aws-rds-not-public
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: CIS-AWS, id: "2.3.3" }
#   remediation: Set publicly_accessible = false and reach the database through private subnets.
#   resourceTypes: [aws_db_instance, aws_rds_cluster_instance]
package plangate.rules.aws_rds_not_public

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_db_instance", "aws_rds_cluster_instance"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["publicly_accessible"])
	s.known
	s.value == true
	msg := sprintf("%s is publicly accessible%s; set publicly_accessible = false", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["publicly_accessible"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["publicly_accessible"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["publicly_accessible"])
	s.known
	not s.value == true
}

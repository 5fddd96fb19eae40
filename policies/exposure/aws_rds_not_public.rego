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
import rego.v1

types := {"aws_db_instance", "aws_rds_cluster_instance"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.values.publicly_accessible == true
	msg := sprintf("%s is publicly accessible; set publicly_accessible = false", [r.address])
}

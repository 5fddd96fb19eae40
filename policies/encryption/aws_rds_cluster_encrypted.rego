# METADATA
# title: RDS and Aurora clusters are encrypted at rest
# description: >-
#   Aurora and RDS clusters store their data encrypted at rest.
# scope: package
# custom:
#   id: aws-rds-cluster-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: >-
#     Set storage_encrypted = true on the aws_rds_cluster.
#   resourceTypes: [aws_rds_cluster]
package plangate.rules.aws_rds_cluster_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_rds_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["storage_encrypted"]) == true
	not attributes.unknown(r, ["storage_encrypted"])
	msg := sprintf("%s is not encrypted at rest; set storage_encrypted = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["storage_encrypted"])
	msg := sprintf("%s: storage_encrypted is known only after apply", [r.address])
}

# METADATA
# title: ElastiCache replication groups encrypt traffic
# description: >-
#   Clients and replicas of ElastiCache replication groups talk over TLS.
# scope: package
# custom:
#   id: aws-elasticache-encrypted-in-transit
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#   remediation: >-
#     Set transit_encryption_enabled = true on the aws_elasticache_replication_group.
#   resourceTypes: [aws_elasticache_replication_group]
package plangate.rules.aws_elasticache_in_transit

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_elasticache_replication_group"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["transit_encryption_enabled"]) == true
	not attributes.unknown(r, ["transit_encryption_enabled"])
	msg := sprintf("%s does not encrypt traffic in transit; set transit_encryption_enabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["transit_encryption_enabled"])
	msg := sprintf("%s: transit_encryption_enabled is known only after apply", [r.address])
}

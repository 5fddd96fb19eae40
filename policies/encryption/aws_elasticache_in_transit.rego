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

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_elasticache_replication_group"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["transit_encryption_enabled"])
	s.known
	not s.value == true
	msg := sprintf("%s does not encrypt traffic in transit%s; set transit_encryption_enabled = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["transit_encryption_enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["transit_encryption_enabled"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["transit_encryption_enabled"])
	s.known
	s.value == true
}

# METADATA
# title: ElastiCache replication groups are encrypted at rest
# description: >-
#   ElastiCache (Redis/Valkey) replication groups encrypt their data and backups at rest.
# scope: package
# custom:
#   id: aws-elasticache-encrypted-at-rest
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: >-
#     Set at_rest_encryption_enabled = true on the aws_elasticache_replication_group.
#   resourceTypes: [aws_elasticache_replication_group]
package plangate.rules.aws_elasticache_at_rest

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_elasticache_replication_group"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["at_rest_encryption_enabled"])
	s.known
	not s.value == true
	msg := sprintf("%s is not encrypted at rest%s; set at_rest_encryption_enabled = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["at_rest_encryption_enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["at_rest_encryption_enabled"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["at_rest_encryption_enabled"])
	s.known
	s.value == true
}

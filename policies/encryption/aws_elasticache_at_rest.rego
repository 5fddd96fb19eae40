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

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_elasticache_replication_group"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["at_rest_encryption_enabled"]) == true
	not attributes.unknown(r, ["at_rest_encryption_enabled"])
	msg := sprintf("%s is not encrypted at rest; set at_rest_encryption_enabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["at_rest_encryption_enabled"])
	msg := sprintf("%s: at_rest_encryption_enabled is known only after apply", [r.address])
}

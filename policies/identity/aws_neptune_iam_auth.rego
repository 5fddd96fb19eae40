# METADATA
# title: Neptune clusters authenticate connections with IAM
# description: >-
#   An aws_neptune_cluster sets iam_database_authentication_enabled = true. Without it Neptune checks no identity
#   at all: anyone who can reach the endpoint over the network can read and change the graph.
# scope: package
# custom:
#   id: aws-neptune-iam-auth
#   severity: high
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.2.1" }
#   remediation: >-
#     Set iam_database_authentication_enabled = true and grant neptune-db:* actions on the cluster to the roles that
#     query it.
#   resourceTypes: [aws_neptune_cluster]
package plangate.rules.aws_neptune_iam_auth

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_neptune_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_neptune_cluster")
	not attributes.is_true(r, ["iam_database_authentication_enabled"])
	not attributes.unknown(r, ["iam_database_authentication_enabled"])
	msg := sprintf("%s accepts connections without authentication; set iam_database_authentication_enabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_neptune_cluster")
	attributes.unknown(r, ["iam_database_authentication_enabled"])
	msg := sprintf("%s: iam_database_authentication_enabled is known only after apply", [r.address])
}

# METADATA
# title: Redshift clusters are encrypted at rest
# description: >-
#   Redshift clusters encrypt their data blocks and snapshots.
# scope: package
# custom:
#   id: aws-redshift-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#   remediation: >-
#     Set encrypted = true on the aws_redshift_cluster.
#   resourceTypes: [aws_redshift_cluster]
package plangate.rules.aws_redshift_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_redshift_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["encrypted"]) == true
	not attributes.unknown(r, ["encrypted"])
	msg := sprintf("%s is not encrypted at rest; set encrypted = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encrypted"])
	msg := sprintf("%s: encrypted is known only after apply", [r.address])
}

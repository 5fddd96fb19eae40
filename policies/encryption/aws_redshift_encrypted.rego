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

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_redshift_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encrypted"])
	s.known
	not s.value == true
	msg := sprintf("%s is not encrypted at rest%s; set encrypted = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encrypted"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["encrypted"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encrypted"])
	s.known
	s.value == true
}

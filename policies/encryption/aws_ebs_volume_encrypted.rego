# METADATA
# title: EBS volumes are encrypted
# description: >-
#   EBS volumes store block data at rest; each one is created with encryption enabled.
# scope: package
# custom:
#   id: aws-ebs-volume-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AWS, id: "2.2.1" }
#   remediation: >-
#     Set encrypted = true on the aws_ebs_volume (and enable EBS encryption by default for the account).
#   resourceTypes: [aws_ebs_volume]
package plangate.rules.aws_ebs_volume_encrypted

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_ebs_volume"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["encrypted"])
	s.known
	not s.value == true
	msg := sprintf("%s is not encrypted%s; set encrypted = true", [r.address, settings.origin(s)])
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

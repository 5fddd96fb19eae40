# METADATA
# title: EBS encryption by default is enabled
# description: >-
#   The account-level EBS encryption default is switched on, so every new volume and snapshot copy is encrypted.
# scope: package
# custom:
#   id: aws-ebs-default-encryption
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AWS, id: "2.2.1" }
#   remediation: >-
#     Set enabled = true on aws_ebs_encryption_by_default.
#   resourceTypes: [aws_ebs_encryption_by_default]
package plangate.rules.aws_ebs_default_encryption

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_ebs_encryption_by_default"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["enabled"])
	s.known
	not s.value == true
	msg := sprintf("%s disables EBS encryption by default%s; set enabled = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["enabled"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["enabled"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["enabled"])
	s.known
	s.value == true
}

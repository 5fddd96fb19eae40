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

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_ebs_volume"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.value(r, ["encrypted"]) == true
	not attributes.unknown(r, ["encrypted"])
	msg := sprintf("%s is not encrypted; set encrypted = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encrypted"])
	msg := sprintf("%s: encrypted is known only after apply", [r.address])
}

# METADATA
# title: RDS instances are encrypted at rest
# description: >-
#   RDS database instances store their data, logs, backups and snapshots encrypted.
# scope: package
# custom:
#   id: aws-rds-instance-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AWS, id: "2.3.1" }
#   remediation: >-
#     Set storage_encrypted = true (and kms_key_id to a customer-managed key for personal data).
#   resourceTypes: [aws_db_instance]
package plangate.rules.aws_rds_instance_encrypted

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_db_instance"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["storage_encrypted"])
	s.known
	not s.value == true
	msg := sprintf("%s is not encrypted at rest%s; set storage_encrypted = true", [r.address, settings.origin(s)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["storage_encrypted"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["storage_encrypted"], s)} if {
	some r in resources.of_types(types)
	s := settings.of(r, ["storage_encrypted"])
	s.known
	s.value == true
}

# METADATA
# title: Backup plans delete recovery points after a set time
# description: >-
#   Every rule of an aws_backup_plan has a lifecycle with delete_after, and so does every copy_action's lifecycle.
#   Recovery points kept forever hold personal data longer than any purpose needs (GDPR storage limitation) and
#   defeat erasure requests.
# scope: package
# custom:
#   id: aws-backup-plan-lifecycle
#   severity: medium
#   category: backup
#   controls:
#     - { framework: GDPR, id: "Art.5(1)(e)" }
#     - { framework: GDPR, id: "Art.17" }
#     - { framework: ISO27001:2022, id: "A.8.10" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: SOC2, id: "C1.2" }
#     - { framework: PCI-DSS-4.0, id: "3.2.1" }
#   remediation: Add lifecycle { delete_after = <days> } to every rule (and copy_action) of the backup plan.
#   resourceTypes: [aws_backup_plan]
package plangate.rules.aws_backup_plan_lifecycle

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_backup_plan")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_backup_plan")
	some rule in object.get(r.values, "rule", [])
	not expires(rule)
	msg := sprintf("%s keeps the recovery points of rule %s forever; set lifecycle { delete_after = ... }", [r.address, object.get(rule, "rule_name", "(unnamed)")])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_backup_plan")
	some rule in object.get(r.values, "rule", [])
	some copy in object.get(rule, "copy_action", [])
	not expires(copy)
	msg := sprintf("%s keeps the copies made by rule %s forever; set lifecycle { delete_after = ... } in its copy_action", [r.address, object.get(rule, "rule_name", "(unnamed)")])
}

expires(block) if {
	some lifecycle in object.get(block, "lifecycle", [])
	is_number(lifecycle.delete_after)
	lifecycle.delete_after > 0
}

# METADATA
# title: IAM policies do not grant full administrator access
# description: >-
#   No identity policy (managed, inline on a role, user or group, or an aws_iam_policy_document) allows every
#   action ("*") on every resource ("*"). Full administrator rights belong to a break-glass role, granted through
#   AWS's AdministratorAccess managed policy and audited, not to policies written in the configuration.
# scope: package
# custom:
#   id: aws-iam-no-full-admin
#   severity: critical
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: CIS-AWS, id: "1.16" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: >-
#     List the actions and resources the identity needs instead of "*"; grant administration through a separate,
#     audited role.
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_full_admin

import data.plangate.lib.iam
import rego.v1

applies contains r.id if {
	some r in iam.holders
	iam.statements[r.id]
}

deny contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	some i, s in iam.statements[r.id]
	iam.identity_grant(s)
	iam.any_action(s)
	iam.any_resource(s)
	msg := sprintf("%s allows every action (\"*\") on every resource (\"*\") in %s%s", [r.address, iam.label(s, i), iam.through(r)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

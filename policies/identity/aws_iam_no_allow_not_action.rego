# METADATA
# title: IAM policies do not allow with NotAction
# description: >-
#   No identity policy statement combines Effect "Allow" with NotAction. Such a statement grants every action
#   except those listed, including every action AWS adds later, which is almost never what was meant.
# scope: package
# custom:
#   id: aws-iam-no-allow-not-action
#   severity: high
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: List the allowed actions under Action; keep NotAction for Deny statements.
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_allow_not_action

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
	s.uses_not_action
	msg := sprintf("%s allows every action except %s (Allow with NotAction) in %s%s", [r.address, json.marshal(s.not_actions), iam.label(s, i), iam.through(r)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

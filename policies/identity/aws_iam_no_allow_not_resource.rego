# METADATA
# title: IAM policies do not allow with NotResource
# description: >-
#   No identity policy statement combines Effect "Allow" with NotResource. Such a statement grants its actions on
#   every resource except those listed, including every resource created later.
# scope: package
# custom:
#   id: aws-iam-no-allow-not-resource
#   severity: medium
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: List the resources under Resource; keep NotResource for Deny statements.
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_allow_not_resource

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
	s.uses_not_resource
	msg := sprintf("%s allows %s on every resource except %s (Allow with NotResource) in %s%s", [r.address, json.marshal(s.actions), json.marshal(s.not_resources), iam.label(s, i), iam.through(r)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

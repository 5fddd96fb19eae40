# METADATA
# title: IAM policies do not grant iam:* on every resource
# description: >-
#   No identity policy allows all IAM actions ("iam:*") on every resource. Whoever holds iam:* can create users,
#   attach any policy to themselves and so become administrator: it is privilege escalation in one statement.
# scope: package
# custom:
#   id: aws-iam-no-iam-wildcard
#   severity: high
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: >-
#     Grant only the IAM actions needed (iam:PassRole on named roles, iam:GetRole ...) on named resources, and bound
#     identity administration with a permissions boundary.
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_iam_wildcard

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
	"iam" in iam.service_wildcards(s)
	iam.any_resource(s)
	msg := sprintf("%s allows \"iam:*\" on every resource in %s, which lets the holder grant itself any permission%s", [r.address, iam.label(s, i), iam.through(r)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

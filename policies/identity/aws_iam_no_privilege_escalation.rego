# METADATA
# title: IAM policies do not grant self-escalation actions on every resource
# description: >-
#   No identity policy allows, on every resource, an IAM action through which the holder can raise its own
#   permissions: creating or switching policy versions, attaching or writing policies to users, groups or roles,
#   adding users to groups, creating access keys or console passwords for other users, rewriting a role's trust
#   policy, or passing any role to a service (written out or matched by a partial wildcard such as iam:Put*). Each
#   turns a limited identity into an administrator. iam:* and "*" have their own rules.
# scope: package
# custom:
#   id: aws-iam-no-privilege-escalation
#   severity: high
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: >-
#     Name the resources the action may touch (the roles that may be passed, the policies that may be edited), or
#     hold the permission in a separate administrator role guarded by a permissions boundary.
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_privilege_escalation

import data.plangate.lib.iam
import rego.v1

# IAM actions that let their holder grant itself more permissions.
escalation_actions := {
	"iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
	"iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
	"iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
	"iam:AddUserToGroup", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
	"iam:UpdateAssumeRolePolicy", "iam:PassRole",
}

applies contains r.id if {
	some r in iam.holders
	iam.statements[r.id]
}

deny contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	some i, s in iam.statements[r.id]
	iam.identity_grant(s)
	iam.any_resource(s)
	granted := escalations(s)
	count(granted) > 0
	msg := sprintf("%s allows %s on every resource in %s, which lets the holder raise its own permissions%s", [r.address, concat(", ", sort(granted)), iam.label(s, i), iam.through(r)])
}

# The escalation actions a statement's action patterns match, leaving whole-service and all-action wildcards to
# their own rules.
escalations(s) := {action |
	some pattern in s.actions
	not whole_service(pattern)
	some action in escalation_actions
	glob.match(lower(pattern), null, lower(action))
}

whole_service(pattern) if pattern in {"*", "*:*"}

whole_service(pattern) if endswith(pattern, ":*")

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

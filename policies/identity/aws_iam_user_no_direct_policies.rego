# METADATA
# title: IAM users receive permissions only through groups
# description: >-
#   No policy is attached to an IAM user directly, inline (aws_iam_user_policy) or managed
#   (aws_iam_user_policy_attachment, or aws_iam_policy_attachment listing users). Permissions granted user by user
#   drift apart and outlive role changes; groups and roles keep them reviewable.
# scope: package
# custom:
#   id: aws-iam-user-no-direct-policies
#   severity: medium
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.5.18" }
#     - { framework: CIS-AWS, id: "1.15" }
#     - { framework: SOC2, id: "CC6.2" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Attach the policy to a group (aws_iam_group_policy_attachment) and add the user to it, or let the user
#     assume a role.
#   resourceTypes: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]
package plangate.rules.aws_iam_user_no_direct_policies

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# Types that always attach a policy to one user.
user_types := {"aws_iam_user_policy", "aws_iam_user_policy_attachment"}

types := user_types | {"aws_iam_policy_attachment"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(user_types)
	msg := sprintf("%s attaches a policy directly to %s; grant it through a group or role", [r.address, user_of(r)])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_policy_attachment")
	users := attributes.value(r, ["users"])
	is_array(users)
	count(users) > 0
	msg := sprintf("%s attaches a policy directly to the IAM users %s; grant it through a group or role", [r.address, concat(", ", users)])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_policy_attachment")
	attributes.refers(r, "users")
	not is_array(object.get(r.values, "users", null))
	msg := sprintf("%s attaches a policy directly to %s; grant it through a group or role", [r.address, concat(", ", r.references.users)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_policy_attachment")
	attributes.unknown(r, ["users"])
	not attributes.refers(r, "users")
	msg := sprintf("%s: the users it attaches to are known only after apply", [r.address])
}

# The user a policy is attached to: its name, or the user resource the configuration refers to.
user_of(r) := sprintf("the IAM user %s", [r.values.user]) if {
	is_string(r.values.user)
	r.values.user != ""
} else := concat(", ", r.references.user) if {
	count(r.references.user) > 0
} else := "an IAM user whose name is known only after apply"

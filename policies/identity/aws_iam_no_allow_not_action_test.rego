package plangate.rules.aws_iam_no_allow_not_action_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_allow_not_action as rule
import rego.v1

denied(resources, documents) := x if {
	x := {o.id | some o in rule.deny} with input as it.doc(resources, documents)
}

test_allow_not_action_fails if {
	r := it.policy("aws_iam_policy", "almost_admin", [{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}])
	denied([r], []) == {r.id}
}

test_deny_not_action_passes if {
	r := it.policy("aws_iam_policy", "mfa", [{"Effect": "Deny", "NotAction": "iam:ChangePassword", "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}])
	count(denied([r], [])) == 0
	rule.applies == {r.id} with input as it.doc([r], [])
}

test_document_not_actions_fail if {
	b := object.union(it.block(null, ["*"]), {"not_actions": ["iam:*"]})
	d := it.document("almost_admin", [b])
	denied([], [d]) == {d.id}
}

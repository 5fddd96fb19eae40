package plangate.rules.aws_iam_no_iam_wildcard_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_iam_wildcard as rule
import rego.v1

denied(resources, documents) := x if {
	x := {o.id | some o in rule.deny} with input as it.doc(resources, documents)
}

test_iam_wildcard_on_star_fails_in_three_forms if {
	statements := [{"Effect": "Allow", "Action": ["iam:*", "s3:GetObject"], "Resource": "*"}]
	rs := [it.policy(type, "esc", statements) | some type in ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy"]]
	denied(rs, []) == {r.id | some r in rs}
}

test_iam_wildcard_on_named_role_passes if {
	r := it.policy("aws_iam_policy", "ok", [{"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::111122223333:role/app-*"}])
	count(denied([r], [])) == 0
	rule.applies == {r.id} with input as it.doc([r], [])
}

test_named_iam_actions_pass if {
	r := it.policy("aws_iam_policy", "ok", [{"Effect": "Allow", "Action": ["iam:PassRole", "iam:Get*"], "Resource": "*"}])
	count(denied([r], [])) == 0
}

test_document_fails if {
	d := it.document("esc", [it.block(["IAM:*"], ["*"])])
	denied([], [d]) == {d.id}
}

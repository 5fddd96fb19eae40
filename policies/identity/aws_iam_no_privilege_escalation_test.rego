package plangate.rules.aws_iam_no_privilege_escalation_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_privilege_escalation as rule
import rego.v1

findings(resources, documents) := x if {
	x := {o.id: o.msg | some o in rule.deny} with input as it.doc(resources, documents)
}

test_pass_role_on_star_fails if {
	r := it.policy("aws_iam_role_policy", "deployer", [{"Effect": "Allow", "Action": ["lambda:CreateFunction", "iam:PassRole"], "Resource": "*"}])
	f := findings([r], [])
	contains(f[r.id], "iam:PassRole")
}

test_partial_wildcard_fails_naming_what_it_matches if {
	r := it.policy("aws_iam_policy", "editor", [{"Effect": "Allow", "Action": "iam:Put*", "Resource": "*"}])
	f := findings([r], [])
	contains(f[r.id], "iam:PutGroupPolicy, iam:PutRolePolicy, iam:PutUserPolicy")
}

test_pass_role_on_named_role_passes if {
	r := it.policy("aws_iam_policy", "deployer", [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/prd-app"}])
	count(findings([r], [])) == 0
	rule.applies == {r.id} with input as it.doc([r], [])
}

test_read_only_iam_passes if {
	r := it.policy("aws_iam_policy", "auditor", [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}])
	count(findings([r], [])) == 0
}

test_whole_service_left_to_its_rule if {
	r := it.policy("aws_iam_policy", "esc", [{"Effect": "Allow", "Action": ["iam:*"], "Resource": "*"}])
	count(findings([r], [])) == 0
}

test_document_fails if {
	d := it.document("esc", [it.block(["iam:AttachUserPolicy"], ["*"])])
	f := findings([], [d])
	contains(f[d.id], "iam:AttachUserPolicy")
}

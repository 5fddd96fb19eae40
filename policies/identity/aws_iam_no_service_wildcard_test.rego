package plangate.rules.aws_iam_no_service_wildcard_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_service_wildcard as rule
import rego.v1

findings(resources, documents) := x if {
	x := {o.id: o.msg | some o in rule.deny} with input as it.doc(resources, documents)
}

test_service_wildcards_on_star_fail if {
	r := it.policy("aws_iam_role_policy", "ops", [{"Effect": "Allow", "Action": ["s3:*", "ec2:*", "lambda:*"], "Resource": "*"}])
	f := findings([r], [])
	contains(f[r.id], "ec2:*, lambda:*, s3:*")
}

test_iam_only_is_left_to_its_own_rule if {
	r := it.policy("aws_iam_policy", "esc", [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}])
	count(findings([r], [])) == 0
}

test_wildcard_on_named_resources_passes if {
	r := it.policy("aws_iam_user_policy", "ok", [{"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::prd-reports", "arn:aws:s3:::prd-reports/*"]}])
	count(findings([r], [])) == 0
	rule.applies == {r.id} with input as it.doc([r], [])
}

test_document_fails if {
	d := it.document("kms", [it.block(["kms:*"], ["*"])])
	f := findings([], [d])
	contains(f[d.id], "kms:*")
}

package plangate.rules.aws_iam_no_allow_not_resource_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_allow_not_resource as rule
import rego.v1

denied(resources, documents) := x if {
	x := {o.id | some o in rule.deny} with input as it.doc(resources, documents)
}

test_allow_not_resource_fails if {
	r := it.policy("aws_iam_group_policy", "all_but", [{"Effect": "Allow", "Action": "s3:DeleteObject", "NotResource": "arn:aws:s3:::prd-audit/*"}])
	denied([r], []) == {r.id}
}

test_deny_not_resource_passes if {
	r := it.policy("aws_iam_policy", "fence", [{"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::prd-app", "arn:aws:s3:::prd-app/*"]}])
	count(denied([r], [])) == 0
	rule.applies == {r.id} with input as it.doc([r], [])
}

test_document_not_resources_fail if {
	b := object.union(it.block(["s3:GetObject"], null), {"not_resources": ["arn:aws:s3:::prd-audit/*"]})
	d := it.document("all_but", [b])
	denied([], [d]) == {d.id}
}

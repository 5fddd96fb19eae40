package plangate.rules.aws_iam_no_full_admin_test

import data.plangate.lib.iam_testing as it
import data.plangate.rules.aws_iam_no_full_admin as rule
import rego.v1

outcome(resources, documents) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as it.doc(resources, documents)
	d := {o.id | some o in rule.deny} with input as it.doc(resources, documents)
	u := {o.id | some o in rule.unknown} with input as it.doc(resources, documents)
	m := {o.msg | some o in rule.deny} with input as it.doc(resources, documents)
}

test_scoped_policy_passes if {
	r := it.policy("aws_iam_policy", "reader", [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::prd-reports/*"}])
	o := outcome([r], [])
	o.applies == {r.id}
	count(o.deny) == 0
}

test_star_on_star_fails_in_each_policy_type if {
	statements := [{"Sid": "Admin", "Effect": "Allow", "Action": "*", "Resource": "*"}]
	rs := [it.policy(type, "admin", statements) | some type in ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]]
	o := outcome(rs, [])
	o.deny == {r.id | some r in rs}
	some m in o.messages
	contains(m, "statement \"Admin\"")
}

test_deny_statement_passes if {
	r := it.policy("aws_iam_policy", "guard", [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}])
	count(outcome([r], []).deny) == 0
}

test_document_data_source_fails if {
	d := it.document("admin", [it.block(["*"], ["*"])])
	o := outcome([], [d])
	o.deny == {d.id}
}

test_deferred_policy_judged_through_its_document if {
	d := it.document("admin", [it.block(["*"], ["*"])])
	r := it.deferred_policy("aws_iam_role_policy", "admin", ["data.aws_iam_policy_document.admin"])
	o := outcome([r], [d])
	o.deny == {r.id, d.id}
	some m in o.messages
	contains(m, "read through data.aws_iam_policy_document.admin")
}

test_unreadable_policy_is_unknown if {
	r := it.deferred_policy("aws_iam_policy", "later", [])
	o := outcome([r], [])
	o.unknown == {r.id}
	count(o.deny) == 0
}

package plangate.rules.aws_s3_no_public_policy_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_s3_no_public_policy as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_named_principal_passes if {
	r := t.tf("aws_s3_bucket_policy", "x", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject"}]})})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_public_statement_fails if {
	r := t.tf("aws_s3_bucket_policy", "x", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]})})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "everyone")
}

test_public_aws_list_fails if {
	r := t.tf("aws_s3_bucket_policy", "x", {"policy": json.marshal({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "s3:*"}})})
	o := outcome([r])
	o.deny == {r.id}
}

test_conditioned_statement_passes if {
	r := t.tf("aws_s3_bucket_policy", "x", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}]})})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_inline_bucket_policy_fails if {
	r := t.tf("aws_s3_bucket", "x", {"policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]})})
	o := outcome([r])
	o.deny == {r.id}
}

test_bucket_without_policy_not_judged if {
	r := t.tf("aws_s3_bucket", "x", {"policy": ""})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

package plangate.rules.aws_s3_access_logging_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_s3_access_logging as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_bucket_with_logging_resource_passes if {
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b"})
	l := t.with_refs(t.tf("aws_s3_bucket_logging", "b", {}), {"bucket": ["aws_s3_bucket.b"], "target_bucket": ["aws_s3_bucket.logs"]})
	o := outcome([b, l])
	o.applies == {b.id}
	count(o.deny) == 0
}

test_inline_logging_passes if {
	r := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b", "logging": [{"target_bucket": "prd-logs"}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_bucket_without_logging_fails if {
	r := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b", "logging": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "aws_s3_bucket_logging")
}

test_log_target_bucket_not_judged if {
	logs := t.tf("aws_s3_bucket", "logs", {"bucket": "prd-logs"})
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b", "logging": [{"target_bucket": "prd-logs"}]})
	o := outcome([logs, b])
	o.applies == {b.id}
	count(o.deny) == 0
}

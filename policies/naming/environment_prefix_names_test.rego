package plangate.rules.environment_prefix_names_test

import data.plangate.lib.testing as t
import data.plangate.rules.environment_prefix_names as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_prefixed_bucket_passes if {
	r := t.tf("aws_s3_bucket", "b", {"bucket": "prd-orders"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_unprefixed_bucket_fails if {
	r := t.tf("aws_s3_bucket", "b", {"bucket": "orders"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "'orders'")
}

test_prefix_of_other_environment_fails if {
	r := t.tf("aws_s3_bucket", "b", {"bucket": "prd-orders", "tags": {"environment": "dev"}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "dev-")
}

test_run_environment_decides if {
	r := t.tf("aws_sqs_queue", "q", {"name": "dev-jobs"})
	d := rule.deny with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"environment": "prd"})
	t.ids(d) == {r.id}
}

test_generated_name_is_unknown if {
	r := t.with_unknown(t.tf("aws_s3_bucket", "b", {"bucket_prefix": "x"}), {"bucket": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_namespace_name_fails if {
	r := t.set_fields(t.object_of("Namespace", "payments", {}), {"id": "k8s.yaml#Namespace/payments", "address": "Namespace/payments"})
	o := outcome([r])
	o.deny == {r.id}
}

test_unnamed_types_not_judged if {
	r := t.tf("aws_security_group", "x", {"name": "web"})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

package plangate.rules.environment_cross_references_test

import data.plangate.lib.testing as t
import data.plangate.rules.environment_cross_references as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_production_to_production_passes if {
	key := t.tf("aws_kms_key", "k", {"tags": {"environment": "prd"}})
	q := t.with_refs(t.tf("aws_sqs_queue", "q", {"name": "prd-jobs"}), {"kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([key, q])
	o.applies == {q.id}
	count(o.deny) == 0
}

test_production_to_dev_fails if {
	key := t.tf("aws_kms_key", "k", {"tags": {"environment": "dev"}})
	q := t.with_refs(t.tf("aws_sqs_queue", "q", {"name": "prd-jobs"}), {"kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([key, q])
	o.deny == {q.id}
	some m in messages([key, q])
	contains(m, "aws_kms_key.k of environment dev")
}

test_dev_resource_not_judged if {
	key := t.tf("aws_kms_key", "k", {"tags": {"environment": "prd"}})
	q := t.with_refs(t.tf("aws_sqs_queue", "q", {"name": "dev-jobs"}), {"kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([key, q])
	count(o.applies) == 0
	count(o.deny) == 0
}

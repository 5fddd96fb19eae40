package plangate.rules.aws_sqs_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_sqs_encrypted as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_managed_sse_passes if {
	r := t.tf("aws_sqs_queue", "x", {"sqs_managed_sse_enabled": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_kms_key_passes if {
	r := t.tf("aws_sqs_queue", "x", {"kms_master_key_id": "alias/prd-queue", "sqs_managed_sse_enabled": false})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_unencrypted_fails if {
	r := t.tf("aws_sqs_queue", "x", {"kms_master_key_id": null, "sqs_managed_sse_enabled": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "sqs_managed_sse_enabled")
}

test_managed_sse_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_sqs_queue", "x", {"kms_master_key_id": null}), {"sqs_managed_sse_enabled": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

package plangate.rules.aws_kinesis_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_kinesis_encrypted as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_kms_passes if {
	r := t.tf("aws_kinesis_stream", "x", {"encryption_type": "KMS"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_none_fails if {
	r := t.tf("aws_kinesis_stream", "x", {"encryption_type": "NONE"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "KMS")
}

test_unknown_type_is_unknown if {
	r := t.with_unknown(t.tf("aws_kinesis_stream", "x", {}), {"encryption_type": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

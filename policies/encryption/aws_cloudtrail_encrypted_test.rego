package plangate.rules.aws_cloudtrail_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_cloudtrail_encrypted as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_key_reference_passes if {
	r := t.with_refs(t.with_unknown(t.tf("aws_cloudtrail", "x", {}), {"kms_key_id": true}), {"kms_key_id": ["aws_kms_key.trail"]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_known_key_passes if {
	r := t.tf("aws_cloudtrail", "x", {"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abc"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_empty_key_fails if {
	r := t.tf("aws_cloudtrail", "x", {"kms_key_id": ""})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "kms_key_id")
}

test_unknown_without_reference_is_unknown if {
	r := t.with_unknown(t.tf("aws_cloudtrail", "x", {}), {"kms_key_id": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

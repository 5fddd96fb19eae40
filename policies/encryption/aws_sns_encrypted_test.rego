package plangate.rules.aws_sns_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_sns_encrypted as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_key_reference_passes if {
	r := t.with_refs(t.with_unknown(t.tf("aws_sns_topic", "x", {"name": "prd-t"}), {"kms_master_key_id": true}), {"kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_known_key_alias_passes if {
	r := t.tf("aws_sns_topic", "x", {"kms_master_key_id": "alias/aws/sns"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_no_key_fails if {
	r := t.tf("aws_sns_topic", "x", {"kms_master_key_id": null})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "kms_master_key_id")
}

test_empty_key_fails if {
	r := t.tf("aws_sns_topic", "x", {"kms_master_key_id": ""})
	o := outcome([r])
	o.deny == {r.id}
}

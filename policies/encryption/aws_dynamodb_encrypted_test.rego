package plangate.rules.aws_dynamodb_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_dynamodb_encrypted as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_kms_encryption_passes if {
	r := t.tf("aws_dynamodb_table", "x", {"name": "prd-t", "server_side_encryption": [{"enabled": true}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_no_encryption_block_fails if {
	r := t.tf("aws_dynamodb_table", "x", {"name": "prd-t", "server_side_encryption": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "server_side_encryption")
}

test_disabled_fails if {
	r := t.tf("aws_dynamodb_table", "x", {"name": "prd-t", "server_side_encryption": [{"enabled": false}]})
	o := outcome([r])
	o.deny == {r.id}
}

test_enabled_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_dynamodb_table", "x", {"server_side_encryption": [{}]}), {"server_side_encryption": [{"enabled": true}]})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

package plangate.rules.gdpr_personal_data_tag_test

import data.plangate.lib.testing as t
import data.plangate.rules.gdpr_personal_data_tag as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_declared_false_passes if {
	r := t.tf("aws_dynamodb_table", "x", {"tags": {"personal-data": "false"}})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_missing_tag_fails if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"owner": "a"}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "'personal-data'")
}

test_invalid_value_fails if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"personal-data": "yes"}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "found 'yes'")
}

test_not_a_data_store_not_judged if {
	r := t.tf("aws_security_group", "x", {"tags": {}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

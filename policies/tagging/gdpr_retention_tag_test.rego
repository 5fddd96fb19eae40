package plangate.rules.gdpr_retention_tag_test

import data.plangate.lib.testing as t
import data.plangate.rules.gdpr_retention_tag as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_retention_period_passes if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"personal-data": "true", "retention": "1y"}})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_missing_retention_fails if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"personal-data": "true"}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "'retention'")
}

test_malformed_retention_fails if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"personal-data": "true", "retention": "forever"}})
	o := outcome([r])
	o.deny == {r.id}
}

test_no_personal_data_not_judged if {
	r := t.tf("aws_s3_bucket", "x", {"tags": {"personal-data": "false"}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

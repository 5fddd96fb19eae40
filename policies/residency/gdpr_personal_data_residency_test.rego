package plangate.rules.gdpr_personal_data_residency_test

import data.plangate.lib.testing as t
import data.plangate.rules.gdpr_personal_data_residency as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_eu_personal_store_passes if {
	r := t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "true"}})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_us_personal_store_fails if {
	r := t.set_fields(t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "true"}}), {"region": "us-east-1"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "personal data")
}

test_region_not_known_is_unknown if {
	r := object.remove(t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "true"}}), ["region"])
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_non_personal_store_not_judged if {
	r := t.set_fields(t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "false"}}), {"region": "us-east-1"})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

package plangate.rules.aws_cloudtrail_log_validation_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_cloudtrail_log_validation as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_validation_on_passes if {
	r := t.tf("aws_cloudtrail", "x", {"enable_log_file_validation": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_validation_off_fails if {
	r := t.tf("aws_cloudtrail", "x", {"enable_log_file_validation": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "enable_log_file_validation")
}

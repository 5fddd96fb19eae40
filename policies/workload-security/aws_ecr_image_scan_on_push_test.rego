package plangate.rules.aws_ecr_image_scan_on_push_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecr_image_scan_on_push as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_compliant_passes if {
	r := t.tf("aws_ecr_repository", "x", {"name": "prd-app", "image_scanning_configuration": [{"scan_on_push": true}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_noncompliant_fails if {
	r := t.tf("aws_ecr_repository", "x", {"name": "prd-app", "image_scanning_configuration": [{"scan_on_push": false}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, r.address)
	contains(m, "scan_on_push")
}

test_unset_fails if {
	r := t.tf("aws_ecr_repository", "x", {"name": "prd-app", "image_scanning_configuration": []})
	outcome([r]).deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_ecr_repository", "x", {"name": "prd-app"}), {"image_scanning_configuration": [{"scan_on_push": true}]})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"name": "prd-app", "image_scanning_configuration": [{"scan_on_push": false}]})
	count(outcome([r]).applies) == 0
}

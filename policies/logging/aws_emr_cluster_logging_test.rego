package plangate.rules.aws_emr_cluster_logging_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_emr_cluster_logging as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_compliant_passes if {
	r := t.tf("aws_emr_cluster", "x", {"name": "prd-etl", "release_label": "emr-7.1.0", "log_uri": "s3://prd-logs/emr/"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_noncompliant_fails if {
	r := t.tf("aws_emr_cluster", "x", {"name": "prd-etl", "release_label": "emr-7.1.0", "log_uri": null})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, r.address)
	contains(m, "log_uri")
}

test_unset_fails if {
	r := t.tf("aws_emr_cluster", "x", {"name": "prd-etl", "release_label": "emr-7.1.0", "log_uri": null})
	outcome([r]).deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_emr_cluster", "x", {"name": "prd-etl", "release_label": "emr-7.1.0"}), {"log_uri": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"name": "prd-etl", "release_label": "emr-7.1.0", "log_uri": null})
	count(outcome([r]).applies) == 0
}

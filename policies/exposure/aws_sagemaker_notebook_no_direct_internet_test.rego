package plangate.rules.aws_sagemaker_notebook_no_direct_internet_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_sagemaker_notebook_no_direct_internet as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_compliant_passes if {
	r := t.tf("aws_sagemaker_notebook_instance", "x", {"name": "prd-notebook", "instance_type": "ml.t3.medium", "direct_internet_access": "Disabled"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_noncompliant_fails if {
	r := t.tf("aws_sagemaker_notebook_instance", "x", {"name": "prd-notebook", "instance_type": "ml.t3.medium", "direct_internet_access": "Enabled"})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, r.address)
	contains(m, "direct_internet_access")
}

test_unset_fails if {
	r := t.tf("aws_sagemaker_notebook_instance", "x", {"name": "prd-notebook", "instance_type": "ml.t3.medium", "direct_internet_access": null})
	outcome([r]).deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_sagemaker_notebook_instance", "x", {"name": "prd-notebook", "instance_type": "ml.t3.medium"}), {"direct_internet_access": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"name": "prd-notebook", "instance_type": "ml.t3.medium", "direct_internet_access": "Enabled"})
	count(outcome([r]).applies) == 0
}

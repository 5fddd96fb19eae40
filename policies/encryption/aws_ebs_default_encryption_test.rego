package plangate.rules.aws_ebs_default_encryption_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ebs_default_encryption as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_enabled_passes if {
	r := t.tf("aws_ebs_encryption_by_default", "x", {"enabled": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_disabled_fails if {
	r := t.tf("aws_ebs_encryption_by_default", "x", {"enabled": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "enabled")
}

# The provider's default for `enabled` is true: a resource that leaves it unset turns encryption by default on.
test_unset_takes_the_provider_default if {
	r := t.tf("aws_ebs_encryption_by_default", "x", {"enabled": null})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_ebs_encryption_by_default", "x", {}), {"enabled": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"enabled": false})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

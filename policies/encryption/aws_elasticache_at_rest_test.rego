package plangate.rules.aws_elasticache_at_rest_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_elasticache_at_rest as rule
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
	r := t.tf("aws_elasticache_replication_group", "x", {"at_rest_encryption_enabled": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_disabled_fails if {
	r := t.tf("aws_elasticache_replication_group", "x", {"at_rest_encryption_enabled": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "at_rest_encryption_enabled")
}

test_unset_fails if {
	r := t.tf("aws_elasticache_replication_group", "x", {"at_rest_encryption_enabled": null})
	o := outcome([r])
	o.deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_elasticache_replication_group", "x", {}), {"at_rest_encryption_enabled": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"at_rest_encryption_enabled": false})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

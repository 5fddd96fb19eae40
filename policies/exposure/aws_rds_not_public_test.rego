package plangate.rules.aws_rds_not_public_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_rds_not_public as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_private_instance_passes if {
	r := t.tf("aws_db_instance", "x", {"publicly_accessible": false})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_public_instance_fails if {
	r := t.tf("aws_db_instance", "x", {"publicly_accessible": true})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "publicly_accessible")
}

test_public_cluster_instance_fails if {
	r := t.tf("aws_rds_cluster_instance", "x", {"publicly_accessible": true})
	o := outcome([r])
	o.deny == {r.id}
}

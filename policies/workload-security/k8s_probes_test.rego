package plangate.rules.k8s_probes_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_probes as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_both_probes_pass if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_missing_readiness_fails if {
	r := t.deployment([object.remove(t.container, ["readinessProbe"])])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "readinessProbe")
}

test_jobs_not_judged if {
	r := t.workload("Job", "migrate", {}, [object.remove(t.container, ["livenessProbe", "readinessProbe"])])
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

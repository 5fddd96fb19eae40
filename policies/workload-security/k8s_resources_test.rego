package plangate.rules.k8s_resources_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_resources as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_requests_and_limits_pass if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_missing_limits_fail if {
	r := t.deployment([object.union(object.remove(t.container, ["resources"]), {"resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "limits.cpu, limits.memory")
}

package plangate.rules.k8s_run_as_non_root_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_run_as_non_root as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_run_as_non_root_passes if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_pod_level_setting_passes if {
	r := t.workload("Deployment", "web", {"securityContext": {"runAsNonRoot": true}}, [object.remove(t.container, ["securityContext"])])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_non_zero_user_passes if {
	r := t.deployment([object.union(object.remove(t.container, ["securityContext"]), {"securityContext": {"runAsUser": 1001}})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_no_setting_fails if {
	r := t.deployment([object.remove(t.container, ["securityContext"])])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "runAsNonRoot")
}

test_user_zero_fails if {
	r := t.workload("Pod", "p", {"securityContext": {"runAsUser": 0}}, [object.remove(t.container, ["securityContext"])])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "user 0")
}

test_container_overrides_pod if {
	r := t.workload("Pod", "p", {"securityContext": {"runAsNonRoot": true}}, [t.container_with({"securityContext": {"runAsNonRoot": false, "runAsUser": 0}})])
	o := outcome([r])
	o.deny == {r.id}
}

package plangate.rules.k8s_seccomp_not_unconfined_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_seccomp_not_unconfined as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

judged(resources) := a if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_runtime_default_and_unset_pass if {
	a := t.workload("Pod", "a", {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, [t.container])
	b := t.deployment([t.container])
	judged([a, b]) == {a.id, b.id}
	count(denied([a, b])) == 0
}

test_unconfined_pod_fails if {
	r := t.workload("Pod", "a", {"securityContext": {"seccompProfile": {"type": "Unconfined"}}}, [t.container])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

test_unconfined_container_fails if {
	r := t.deployment([t.container_with({"securityContext": {"seccompProfile": {"type": "Unconfined"}}})])
	denied([r]) == {r.id}
}

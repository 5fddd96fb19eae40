package plangate.rules.k8s_seccomp_profile_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_seccomp_profile as rule
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

test_pod_profile_covers_containers if {
	r := t.workload("Pod", "a", {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, [t.container])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_container_profile_passes if {
	r := t.deployment([t.container_with({"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}})])
	count(denied([r])) == 0
}

test_no_profile_fails if {
	r := t.deployment([t.container])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "RuntimeDefault")
}

test_container_unconfined_overrides_pod if {
	r := t.workload("Pod", "a", {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, [t.container_with({"securityContext": {"seccompProfile": {"type": "Unconfined"}}})])
	denied([r]) == {r.id}
}

test_windows_pods_are_exempt if {
	r := t.workload("Pod", "win", {"os": {"name": "windows"}}, [t.container])
	count(denied([r])) == 0
	count(judged([r])) == 0
}

package plangate.rules.k8s_apparmor_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_apparmor as rule
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

annotated(value) := object.union(t.deployment([t.container]), {"pod": {"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/app": value}}}})

test_runtime_default_and_localhost_pass if {
	a := annotated("runtime/default")
	b := t.workload("Pod", "b", {"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}}, [t.container_with({"securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-app"}}})])
	judged([a, b]) == {a.id, b.id}
	count(denied([a, b])) == 0
}

test_unconfined_annotation_fails if {
	r := annotated("unconfined")
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "unconfined")
}

test_unconfined_pod_profile_fails if {
	r := t.workload("Pod", "p", {"securityContext": {"appArmorProfile": {"type": "Unconfined"}}}, [t.container])
	denied([r]) == {r.id}
}

test_unconfined_container_profile_fails if {
	r := t.deployment([t.container_with({"securityContext": {"appArmorProfile": {"type": "Unconfined"}}})])
	denied([r]) == {r.id}
}

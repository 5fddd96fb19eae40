package plangate.rules.k8s_allowed_registries_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_allowed_registries as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_unconfigured_judges_nothing if {
	r := t.deployment([t.container_with({"image": "nginx:1.25"})])
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

test_allowed_registry_passes if {
	r := t.deployment([t.container])
	p := object.union(t.params, {"allowed_registries": ["registry.example.com"]})
	a := rule.applies with input as t.doc([r]) with data.plangate.params as p
	d := rule.deny with input as t.doc([r]) with data.plangate.params as p
	a == {r.id}
	count(d) == 0
}

test_docker_hub_image_fails if {
	r := t.deployment([t.container_with({"image": "nginx:1.25"})])
	d := rule.deny with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"allowed_registries": ["registry.example.com"]})
	t.ids(d) == {r.id}
	some m in t.messages(d)
	contains(m, "docker.io")
}

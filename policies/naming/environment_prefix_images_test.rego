package plangate.rules.environment_prefix_images_test

import data.plangate.lib.testing as t
import data.plangate.rules.environment_prefix_images as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_prefixed_tag_passes if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_release_tag_fails if {
	r := t.deployment([t.container_with({"image": "registry.example.com/app:1.2.3"})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "'1.2.3'")
}

test_tag_of_other_environment_fails if {
	r := t.set_fields(t.deployment([t.container]), {"tags": {"environment": "dev"}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "dev-")
}

test_non_workloads_not_judged if {
	r := t.object_of("Service", "web", {"spec": {}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

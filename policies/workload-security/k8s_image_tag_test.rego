package plangate.rules.k8s_image_tag_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_image_tag as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_version_tag_passes if {
	r := t.deployment([t.container_with({"image": "localhost:5000/app:1.0"})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_digest_passes if {
	r := t.deployment([t.container_with({"image": "registry.example.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_latest_fails if {
	r := t.deployment([t.container_with({"image": "nginx:latest"})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "nginx:latest")
}

test_untagged_fails if {
	r := t.deployment([t.container_with({"image": "localhost:5000/app"})])
	o := outcome([r])
	o.deny == {r.id}
}

test_branch_tag_fails if {
	r := t.deployment([t.container_with({"image": "quay.io/org/app:master"})])
	o := outcome([r])
	o.deny == {r.id}
}

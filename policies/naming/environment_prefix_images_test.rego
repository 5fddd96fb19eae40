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

# Third-party images carry their upstream version tags: nothing about them names an environment.
test_upstream_version_tags_not_judged if {
	r := t.deployment([
		t.container_with({"name": "proxy", "image": "nginx:1.25.3"}),
		t.container_with({"name": "exporter", "image": "quay.io/prometheus/node-exporter:v1.8.1"}),
		t.container_with({"name": "agent", "image": "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"}),
		t.container_with({"name": "sidecar", "image": "docker.io/istio/proxyv2:1.5.20"}),
	])
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

# An own image beside upstream ones: only the own image is judged.
test_own_image_judged_beside_upstream if {
	r := t.deployment([t.container, t.container_with({"name": "proxy", "image": "nginx:1.25.3"})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
}

# An image tagged for another environment fails wherever it comes from.
test_other_environment_tag_fails_outside_own_registries if {
	r := t.set_fields(t.deployment([t.container_with({"image": "ghcr.io/acme/tool:dev-2.0"})]), {"tags": {"environment": "prd"}, "labels": {"environment": "prd"}})
	o := outcome([r])
	o.deny == {r.id}
}

# A registry path is matched as a path: registry.example.com.evil.io is not registry.example.com.
test_registry_path_matched_whole if {
	r := t.deployment([t.container_with({"image": "registry.example.com.evil.io/app:1.2.3"})])
	o := outcome([r])
	count(o.applies) == 0
}

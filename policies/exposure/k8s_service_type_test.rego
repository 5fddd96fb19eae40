package plangate.rules.k8s_service_type_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_service_type as rule
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
	r := t.object_of("Service", "web", {"spec": {"type": "LoadBalancer"}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

test_cluster_ip_passes if {
	r := t.object_of("Service", "web", {"spec": {"type": "ClusterIP"}})
	a := rule.applies with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"disallowed_service_types": ["LoadBalancer"]})
	d := rule.deny with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"disallowed_service_types": ["LoadBalancer"]})
	a == {r.id}
	count(d) == 0
}

test_load_balancer_fails_when_disallowed if {
	r := t.object_of("Service", "web", {"spec": {"type": "LoadBalancer"}})
	d := rule.deny with input as t.doc([r]) with data.plangate.params as object.union(t.params, {"disallowed_service_types": ["LoadBalancer", "NodePort"]})
	t.ids(d) == {r.id}
	some m in t.messages(d)
	contains(m, "LoadBalancer")
}

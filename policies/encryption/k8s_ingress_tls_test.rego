package plangate.rules.k8s_ingress_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_ingress_tls as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_tls_for_every_host_passes if {
	r := t.object_of("Ingress", "web", {"spec": {"tls": [{"hosts": ["a.example.com"], "secretName": "a"}], "rules": [{"host": "a.example.com"}]}})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_no_tls_fails if {
	r := t.object_of("Ingress", "web", {"spec": {"rules": [{"http": {}}]}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "spec.tls")
}

test_host_without_tls_fails if {
	r := t.object_of("Ingress", "web", {"spec": {"tls": [{"hosts": ["a.example.com"]}], "rules": [{"host": "a.example.com"}, {"host": "b.example.com"}]}})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "b.example.com")
}

test_services_not_judged if {
	r := t.object_of("Service", "web", {"spec": {"type": "ClusterIP"}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

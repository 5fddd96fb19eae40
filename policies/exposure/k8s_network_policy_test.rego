package plangate.rules.k8s_network_policy_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_network_policy as rule
import rego.v1

unknowns(resources) := u if {
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

judged(resources) := a if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

namespace(name) := object.union(t.object_of("Namespace", name, {}), {"id": sprintf("k8s.yaml#Namespace/%s", [name]), "address": sprintf("Namespace/%s", [name]), "namespace": null})

policy(ns) := object.union(t.object_of("NetworkPolicy", "deny-all", {"spec": {"podSelector": {}}}), {"namespace": ns})

test_protected_namespace_and_workload_pass if {
	ns := namespace("default")
	w := t.deployment([t.container])
	judged([ns, w, policy("default")]) == {ns.id}
	count(denied([ns, w, policy("default")])) == 0
}

test_workload_of_undeclared_namespace_with_policy_passes if {
	w := t.deployment([t.container])
	judged([w, policy("default")]) == {w.id}
	count(denied([w, policy("default")])) == 0
	count(unknowns([w, policy("default")])) == 0
}

test_workload_of_undeclared_namespace_without_policy_is_unknown if {
	w := t.deployment([t.container])
	judged([w, policy("other")]) == {w.id}
	count(denied([w, policy("other")])) == 0
	unknowns([w, policy("other")]) == {w.id}
}

test_namespace_without_policy_fails if {
	ns := namespace("payments")
	denied([ns]) == {ns.id}
}

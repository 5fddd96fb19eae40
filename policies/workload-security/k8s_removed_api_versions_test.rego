package plangate.rules.k8s_removed_api_versions_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_removed_api_versions as rule
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

ingress(version) := object.union(t.object_of("Ingress", "web", {"apiVersion": version}), {"apiVersion": version})

outcome(resources, target) := {"deny": d, "unknown": u} if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as {"kubernetes_version": target}
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as {"kubernetes_version": target}
}

test_current_version_passes if {
	r := ingress("networking.k8s.io/v1")
	judged([r]) == {r.id}
	outcome([r], "1.33") == {"deny": set(), "unknown": set()}
}

test_old_target_still_serves_beta if outcome([ingress("networking.k8s.io/v1beta1")], "1.21").deny == set()

test_removed_version_fails if {
	r := ingress("networking.k8s.io/v1beta1")
	outcome([r], "v1.22.4").deny == {r.id}
	msg := {m | m := t.messages(rule.deny)[_]} with input as t.doc([r]) with data.plangate.params as {"kubernetes_version": "1.29"}
	msg == {sprintf("%s uses networking.k8s.io/v1beta1, removed in Kubernetes 1.22 (target 1.29); use networking.k8s.io/v1", [r.address])}
}

test_unreadable_target_is_unknown if {
	r := ingress("extensions/v1beta1")
	outcome([r], 1.3) == {"deny": set(), "unknown": {r.id}}
}

package plangate.rules.google_gke_workload_identity_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_gke_workload_identity as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

test_workload_pool_passes if passes(t.tf("google_container_cluster", "c", {"name": "prd", "workload_identity_config": [{"workload_pool": "prd-data.svc.id.goog"}]}))

test_missing_workload_identity_fails if fails(t.tf("google_container_cluster", "c", {"name": "prd", "workload_identity_config": []}))

package plangate.rules.google_gke_node_auto_upgrade_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_gke_node_auto_upgrade as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
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

pool(management) := t.tf("google_container_node_pool", "p", {"name": "prd-pool", "management": management})

test_auto_upgrade_passes if {
	passes(pool([{"auto_repair": true, "auto_upgrade": true}]))
	passes(pool([]))
}

test_auto_upgrade_off_fails if fails(pool([{"auto_repair": true, "auto_upgrade": false}]))

test_inline_pool_off_fails if {
	r := t.tf("google_container_cluster", "c", {"name": "prd", "node_pool": [{"name": "inline", "management": [{"auto_upgrade": false}]}]})
	fails(r)
	some m in messages([r])
	contains(m, "node pool inline")
}

test_cluster_without_inline_pools_is_not_judged if count(outcome([t.tf("google_container_cluster", "c", {"name": "prd", "node_pool": []})]).applies) == 0

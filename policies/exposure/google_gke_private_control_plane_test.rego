package plangate.rules.google_gke_private_control_plane_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_gke_private_control_plane as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_authorized_networks_pass if {
	r := t.tf("google_container_cluster", "x", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8"}]}], "private_cluster_config": []})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_private_endpoint_passes if {
	r := t.tf("google_container_cluster", "x", {"master_authorized_networks_config": [], "private_cluster_config": [{"enable_private_endpoint": true, "enable_private_nodes": true}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_authorized_networks_without_cidrs_pass if {
	r := t.tf("google_container_cluster", "x", {"master_authorized_networks_config": [{"cidr_blocks": []}], "private_cluster_config": []})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_public_endpoint_fails if {
	r := t.tf("google_container_cluster", "x", {"master_authorized_networks_config": [], "private_cluster_config": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "public control plane")
}

test_authorized_anywhere_fails if {
	r := t.tf("google_container_cluster", "x", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "0.0.0.0/0"}]}]})
	o := outcome([r])
	o.deny == {r.id}
}

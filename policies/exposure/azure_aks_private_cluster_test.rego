package plangate.rules.azure_aks_private_cluster_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_aks_private_cluster as rule
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

aks(values) := t.tf("azurerm_kubernetes_cluster", "k", object.union({"name": "prd-aks"}, values))

test_private_or_restricted_pass if {
	passes(aks({"private_cluster_enabled": true}))
	passes(aks({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}))
}

test_public_api_fails if {
	fails(aks({"private_cluster_enabled": false, "api_server_access_profile": []}))
	fails(aks({"private_cluster_enabled": false, "api_server_access_profile": [{"authorized_ip_ranges": ["0.0.0.0/0"]}]}))
}

package plangate.rules.azure_aks_network_policy_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_aks_network_policy as rule
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

aks(profile) := t.tf("azurerm_kubernetes_cluster", "k", {"name": "prd-aks", "network_profile": profile})

test_network_policy_passes if passes(aks([{"network_plugin": "azure", "network_policy": "calico"}]))

test_missing_policy_fails if {
	fails(aks([{"network_plugin": "kubenet", "network_policy": null}]))
	fails(aks([]))
}

test_unknown_policy_is_unknown if {
	r := t.with_unknown(aks([{"network_plugin": "azure"}]), {"network_profile": [{"network_policy": true}]})
	outcome([r]).unknown == {r.id}
	outcome([r]).deny == set()
}

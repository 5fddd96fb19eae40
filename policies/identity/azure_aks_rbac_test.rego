package plangate.rules.azure_aks_rbac_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_aks_rbac as rule
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

entra := [{"azure_rbac_enabled": true, "admin_group_object_ids": ["00000000-0000-0000-0000-000000000002"]}]

test_rbac_with_entra_passes if passes(aks({"role_based_access_control_enabled": true, "azure_active_directory_role_based_access_control": entra}))

test_rbac_off_fails if {
	r := aks({"role_based_access_control_enabled": false, "azure_active_directory_role_based_access_control": entra})
	fails(r)
	some m in messages([r])
	contains(m, "role_based_access_control_enabled")
}

test_without_entra_fails if fails(aks({"role_based_access_control_enabled": true, "azure_active_directory_role_based_access_control": []}))

package plangate.rules.k8s_rbac_cluster_admin_binding_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_rbac_cluster_admin_binding as rule
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

binding(role, subjects) := t.object_of("ClusterRoleBinding", "b", {"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role}, "subjects": subjects})

test_view_binding_passes if {
	r := binding("view", [{"kind": "Group", "name": "auditors"}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_system_masters_passes if count(denied([binding("cluster-admin", [{"kind": "Group", "name": "system:masters"}])])) == 0

test_service_account_fails if {
	r := binding("cluster-admin", [{"kind": "ServiceAccount", "name": "ci", "namespace": "tools"}])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "ServiceAccount ci")
}

test_role_binding_to_cluster_admin_fails if {
	r := t.object_of("RoleBinding", "b", {"roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "User", "name": "alice"}]})
	denied([r]) == {r.id}
}

# METADATA
# title: Nothing is bound to cluster-admin
# description: >-
#   No RoleBinding or ClusterRoleBinding grants the cluster-admin ClusterRole (full control of every resource of
#   every namespace) to a user, group or service account; only the built-in system:masters group holds it.
# scope: package
# custom:
#   id: k8s-rbac-cluster-admin-binding
#   severity: critical
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.1" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.18" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: Bind a role with only the permissions the subject needs; keep cluster-admin for break-glass access.
#   resourceTypes: [ClusterRoleBinding, RoleBinding]
package plangate.rules.k8s_rbac_cluster_admin_binding

import data.plangate.lib.rbac
import rego.v1

applies contains r.id if some r in rbac.bindings

deny contains {"id": r.id, "msg": msg} if {
	some r in rbac.bindings
	r.values.roleRef.kind == "ClusterRole"
	r.values.roleRef.name == "cluster-admin"
	subjects := [sprintf("%s %s", [s.kind, s.name]) | some s in object.get(r.values, "subjects", []); not system_masters(s)]
	count(subjects) > 0
	msg := sprintf("%s grants cluster-admin to %s; bind a role with only the permissions needed", [r.address, concat(", ", subjects)])
}

system_masters(s) if {
	s.kind == "Group"
	s.name == "system:masters"
}

# METADATA
# title: RBAC roles do not create pods or exec into them
# description: >-
#   No Role or ClusterRole allows creating pods, or exec/attach into running ones (explicitly or through a wildcard
#   verb): whoever can create a pod can run it under any service account of the namespace and mount any of its
#   Secrets, and exec gives a shell with the pod's credentials.
# scope: package
# custom:
#   id: k8s-rbac-pod-create
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.4" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: >-
#     Let controllers (Deployments, Jobs) create pods; grant people and CI the right to manage those objects instead,
#     and keep pods/exec for break-glass roles.
#   resourceTypes: [Role, ClusterRole]
package plangate.rules.k8s_rbac_pod_create

import data.plangate.lib.rbac
import rego.v1

# Each pod resource and the verb that makes it dangerous.
dangerous := {"pods": "create", "pods/exec": "create", "pods/attach": "create"}

applies contains r.id if some r in rbac.roles

deny contains {"id": r.id, "msg": msg} if {
	some r in rbac.roles
	some i, grant in rbac.grants(r)
	found := sort([resource |
		some resource, verb in dangerous
		rbac.covers_core_resource(grant, resource)
		rbac.allows_any(grant, {verb})
	])
	count(found) > 0
	msg := sprintf("%s allows create on %s (rule %d); let controllers create pods and keep exec for break-glass roles", [r.address, concat(", ", found), i])
}

# METADATA
# title: RBAC roles do not grant escalate, bind or impersonate
# description: >-
#   No Role or ClusterRole grants the escalate or bind verbs on roles, or impersonate on users, groups or service
#   accounts (explicitly or through "*"): each lets its holder gain permissions it was not given.
# scope: package
# custom:
#   id: k8s-rbac-escalation-verbs
#   severity: critical
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.8" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: Remove the escalate, bind and impersonate verbs; grant the target permissions directly where needed.
#   resourceTypes: [Role, ClusterRole]
package plangate.rules.k8s_rbac_escalation_verbs

import data.plangate.lib.rbac
import rego.v1

# Each escalation verb and the resources it concerns.
escalation := {
	"escalate": {"roles", "clusterroles", "*"},
	"bind": {"roles", "clusterroles", "*"},
	"impersonate": {"users", "groups", "serviceaccounts", "uids", "userextras/*", "*"},
}

applies contains r.id if some r in rbac.roles

deny contains {"id": r.id, "msg": msg} if {
	some r in rbac.roles
	some i, grant in rbac.grants(r)
	verbs := sort([verb |
		some verb, targets in escalation
		rbac.allows_any(grant, {verb})
		count(grant.resources & targets) > 0
	])
	count(verbs) > 0
	msg := sprintf("%s grants %s (rule %d), which lets its subjects raise their own permissions; remove it", [r.address, concat(", ", verbs), i])
}

# METADATA
# title: RBAC roles do not read Secrets
# description: >-
#   No Role or ClusterRole allows get, list or watch on Secrets (explicitly or through a wildcard): whoever holds
#   it reads every credential of the namespace (or cluster), service account tokens included.
# scope: package
# custom:
#   id: k8s-rbac-secret-access
#   severity: high
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: >-
#     Remove get, list and watch on secrets, or restrict the rule to the named Secrets the subject needs
#     (resourceNames).
#   resourceTypes: [Role, ClusterRole]
package plangate.rules.k8s_rbac_secret_access

import data.plangate.lib.rbac
import rego.v1

read_verbs := {"get", "list", "watch"}

applies contains r.id if some r in rbac.roles

deny contains {"id": r.id, "msg": msg} if {
	some r in rbac.roles
	some i, rule in object.get(r.values, "rules", [])
	grant := rbac.grants(r)[i]
	rbac.covers_core_resource(grant, "secrets")
	rbac.allows_any(grant, read_verbs)
	count(object.get(rule, "resourceNames", [])) == 0
	msg := sprintf("%s lets its subjects read every Secret (rule %d); restrict it to named Secrets or remove it", [r.address, i])
}

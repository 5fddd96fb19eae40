# METADATA
# title: RBAC roles do not use wildcards
# description: >-
#   No Role or ClusterRole grants "*" as a verb, resource, API group or non-resource URL: a wildcard grants every
#   current and future permission of its kind, including ones added by new CRDs.
# scope: package
# custom:
#   id: k8s-rbac-no-wildcards
#   severity: high
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.3" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: List the verbs, resources and API groups the subject needs instead of "*".
#   resourceTypes: [Role, ClusterRole]
package plangate.rules.k8s_rbac_no_wildcards

import data.plangate.lib.rbac
import rego.v1

applies contains r.id if some r in rbac.roles

deny contains {"id": r.id, "msg": msg} if {
	some r in rbac.roles
	some i, grant in rbac.grants(r)
	fields := [field | some field in ["verbs", "resources", "apiGroups", "nonResourceURLs"]; "*" in grant[field]]
	count(fields) > 0
	msg := sprintf("%s grants a wildcard in rule %d (%s); list what the subject needs instead of \"*\"", [r.address, i, concat(", ", fields)])
}

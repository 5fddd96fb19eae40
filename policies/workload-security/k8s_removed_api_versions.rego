# METADATA
# title: Manifests use no API version the target cluster has removed
# description: >-
#   No object uses an API version that Kubernetes removed at or before the target version (parameter
#   kubernetes_version): the API server rejects it, so the deployment fails or, worse, half applies.
# scope: package
# custom:
#   id: k8s-removed-api-versions
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.32" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: SOC2, id: "CC8.1" }
#     - { framework: PCI-DSS-4.0, id: "6.5.1" }
#   remediation: Move the object to the API version named in the message (kubectl convert helps) before upgrading.
#   resourceTypes: [all Kubernetes kinds]
#   parameters: [kubernetes_version]
package plangate.rules.k8s_removed_api_versions

import data.plangate.lib.kube_api_versions as versions
import rego.v1

applies contains r.id if some r in versions.objects

deny contains {"id": r.id, "msg": msg} if {
	some [r, [_, removed, replacement]] in versions.tracked
	versions.target_minor >= removed
	msg := sprintf("%s uses %s, removed in Kubernetes 1.%d (target %s); use %s", [r.address, r.apiVersion, removed, versions.target, replacement])
}

unknown contains {"id": r.id, "msg": msg} if {
	some [r, _] in versions.tracked
	not versions.target_minor
	msg := sprintf("%s: uses %s, and kubernetes_version '%s' is not a quoted version like \"1.31\", so its removal cannot be judged", [r.address, r.apiVersion, versions.target])
}

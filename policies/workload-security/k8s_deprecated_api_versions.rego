# METADATA
# title: Manifests use no API version deprecated in the target cluster
# description: >-
#   No object uses an API version that the target Kubernetes version (parameter kubernetes_version) still serves
#   but has deprecated: it will be removed in a later release, breaking the next upgrade.
# scope: package
# custom:
#   id: k8s-deprecated-api-versions
#   severity: low
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.32" }
#     - { framework: SOC2, id: "CC8.1" }
#   remediation: Move the object to the API version named in the message before the release that removes the old one.
#   resourceTypes: [all Kubernetes kinds]
#   parameters: [kubernetes_version]
package plangate.rules.k8s_deprecated_api_versions

import data.plangate.lib.kube_api_versions as versions
import rego.v1

applies contains r.id if some r in versions.objects

deny contains {"id": r.id, "msg": msg} if {
	some [r, [deprecated, removed, replacement]] in versions.tracked
	versions.target_minor >= deprecated
	versions.target_minor < removed
	msg := sprintf("%s uses %s, deprecated since Kubernetes 1.%d and removed in 1.%d; use %s", [r.address, r.apiVersion, deprecated, removed, replacement])
}

unknown contains {"id": r.id, "msg": msg} if {
	some [r, _] in versions.tracked
	not versions.target_minor
	msg := sprintf("%s: uses %s, and kubernetes_version '%s' is not a quoted version like \"1.31\", so its deprecation cannot be judged", [r.address, r.apiVersion, versions.target])
}

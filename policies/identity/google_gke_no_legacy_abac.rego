# METADATA
# title: GKE clusters do not use legacy ABAC
# description: >-
#   No GKE cluster enables legacy attribute-based access control (enable_legacy_abac), which grants broad,
#   statically configured permissions alongside RBAC and cannot be audited like it.
# scope: package
# custom:
#   id: google-gke-no-legacy-abac
#   severity: high
#   category: identity
#   controls:
#     - { framework: CIS-GKE, id: "5.8.4" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: Set enable_legacy_abac = false (the default) and grant access with Kubernetes RBAC and IAM.
#   resourceTypes: [google_container_cluster]
package plangate.rules.google_gke_no_legacy_abac

import data.plangate.lib.resources
import rego.v1

clusters := resources.of_type("google_container_cluster")

applies contains r.id if some r in clusters

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	r.values.enable_legacy_abac == true
	msg := sprintf("GKE cluster %s enables legacy ABAC; set enable_legacy_abac = false and use RBAC", [r.address])
}

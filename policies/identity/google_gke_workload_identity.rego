# METADATA
# title: GKE clusters use Workload Identity
# description: >-
#   Every GKE cluster enables Workload Identity (workload_identity_config.workload_pool), so pods authenticate to
#   Google APIs as their own service accounts instead of sharing the node's service account and its metadata
#   server credentials.
# scope: package
# custom:
#   id: google-gke-workload-identity
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-GKE, id: "5.2.2" }
#     - { framework: ISO27001:2022, id: "A.5.16" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Add workload_identity_config { workload_pool = "<project>.svc.id.goog" } to the cluster.
#   resourceTypes: [google_container_cluster]
package plangate.rules.google_gke_workload_identity

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

clusters := resources.of_type("google_container_cluster")

path := ["workload_identity_config", "workload_pool"]

applies contains r.id if some r in clusters

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	not attributes.is_set(r, path)
	not attributes.unknown(r, path)
	msg := sprintf("GKE cluster %s does not use Workload Identity; add workload_identity_config with a workload_pool", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in clusters
	not attributes.is_set(r, path)
	attributes.unknown(r, path)
	msg := sprintf("%s: workload_identity_config.workload_pool is known only after apply", [r.address])
}

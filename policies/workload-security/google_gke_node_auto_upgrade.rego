# METADATA
# title: GKE node pools upgrade automatically
# description: >-
#   No GKE node pool switches auto-upgrade off (management.auto_upgrade = false), so nodes receive security
#   patches of the node image and Kubernetes version as GKE releases them.
# scope: package
# custom:
#   id: google-gke-node-auto-upgrade
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: CIS-GKE, id: "5.5.3" }
#     - { framework: ISO27001:2022, id: "A.8.8" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC7.1" }
#     - { framework: PCI-DSS-4.0, id: "6.3.3" }
#   remediation: Set management { auto_upgrade = true } on the node pool (and enrol the cluster in a release channel).
#   resourceTypes: [google_container_node_pool, google_container_cluster]
package plangate.rules.google_gke_node_auto_upgrade

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

pools := resources.of_types({"google_container_node_pool", "google_container_cluster"})

# Node pools defined inline in a cluster (node_pool blocks) or as resources of their own, with their names.
managed_pools(r) := [[object.get(r.values, "name", r.name), r.values]] if r.type == "google_container_node_pool"

managed_pools(r) := [[object.get(pool, "name", "default"), pool] | some pool in blocks.of(r, "node_pool")] if r.type == "google_container_cluster"

applies contains r.id if {
	some r in pools
	count(managed_pools(r)) > 0
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pools
	some [name, pool] in managed_pools(r)
	some management in blocks.inner(pool, "management")
	management.auto_upgrade == false
	msg := sprintf("%s: node pool %v does not upgrade automatically; set management.auto_upgrade = true", [r.address, name])
}

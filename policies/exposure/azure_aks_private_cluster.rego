# METADATA
# title: AKS API servers are private or restricted
# description: >-
#   Every AKS cluster's API server is private (private_cluster_enabled) or accepts connections only from listed
#   networks (api_server_access_profile.authorized_ip_ranges, none of them 0.0.0.0/0).
# scope: package
# custom:
#   id: azure-aks-private-cluster
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Set private_cluster_enabled = true, or api_server_access_profile { authorized_ip_ranges = [<admin networks>] }.
#   resourceTypes: [azurerm_kubernetes_cluster]
package plangate.rules.azure_aks_private_cluster

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

clusters := resources.of_type("azurerm_kubernetes_cluster")

world := {"0.0.0.0/0", "0.0.0.0", "*"}

# Authorized ranges: in api_server_access_profile (provider 3.x and later) or the older top-level attribute.
ranges(r) := array.concat(blocks.inner(blocks.first(r, "api_server_access_profile"), "authorized_ip_ranges"), blocks.inner(r.values, "api_server_authorized_ip_ranges"))

restricted(r) if r.values.private_cluster_enabled == true

restricted(r) if {
	count(ranges(r)) > 0
	every cidr in ranges(r) {
		not cidr in world
	}
}

applies contains r.id if some r in clusters

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	not restricted(r)
	msg := sprintf("AKS cluster %s has a public API server open to any address; enable private_cluster_enabled or authorized_ip_ranges", [r.address])
}

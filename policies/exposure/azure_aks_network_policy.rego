# METADATA
# title: AKS clusters enforce network policies
# description: >-
#   Every AKS cluster has a network policy engine (network_profile.network_policy: azure, calico or cilium), without
#   which the NetworkPolicy objects of its namespaces are silently ignored and every pod reaches every other.
# scope: package
# custom:
#   id: azure-aks-network-policy
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.3.1" }
#   remediation: Add network_profile { network_plugin = "azure", network_policy = "azure" } (or calico / cilium); set at creation.
#   resourceTypes: [azurerm_kubernetes_cluster]
package plangate.rules.azure_aks_network_policy

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

clusters := resources.of_type("azurerm_kubernetes_cluster")

applies contains r.id if some r in clusters

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	not has_policy(r)
	not policy_unknown(r)
	msg := sprintf("AKS cluster %s enforces no network policies; set network_profile.network_policy", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: network_profile.network_policy is known only after apply", [r.address])} if {
	some r in clusters
	not has_policy(r)
	policy_unknown(r)
}

has_policy(r) if is_string(blocks.first(r, "network_profile").network_policy)

policy_unknown(r) if r.unknown.network_profile[0].network_policy == true

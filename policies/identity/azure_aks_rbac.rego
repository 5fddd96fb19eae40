# METADATA
# title: AKS clusters use Kubernetes RBAC with Entra ID
# description: >-
#   Every AKS cluster keeps Kubernetes RBAC on (role_based_access_control_enabled) and integrates Entra ID
#   (azure_active_directory_role_based_access_control), so API access is tied to managed identities and can be
#   revoked centrally.
# scope: package
# custom:
#   id: azure-aks-rbac
#   severity: high
#   category: identity
#   controls:
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.5.16" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Keep role_based_access_control_enabled = true and add azure_active_directory_role_based_access_control
#     { azure_rbac_enabled = true, admin_group_object_ids = [...] }.
#   resourceTypes: [azurerm_kubernetes_cluster]
package plangate.rules.azure_aks_rbac

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

clusters := resources.of_type("azurerm_kubernetes_cluster")

applies contains r.id if some r in clusters

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	r.values.role_based_access_control_enabled == false
	msg := sprintf("AKS cluster %s switches Kubernetes RBAC off; set role_based_access_control_enabled = true", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in clusters
	not r.values.role_based_access_control_enabled == false
	blocks.absent(r, "azure_active_directory_role_based_access_control")
	msg := sprintf("AKS cluster %s does not integrate Entra ID; add azure_active_directory_role_based_access_control", [r.address])
}

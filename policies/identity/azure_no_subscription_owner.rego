# METADATA
# title: Owner is not assigned at subscription scope or wider
# description: >-
#   No role assignment grants the Owner role on a whole subscription, a management group or the root (by name or by
#   its built-in id): Owner there controls every resource and every role assignment below it, and should be held
#   by break-glass accounts managed outside Terraform, if at all.
# scope: package
# custom:
#   id: azure-no-subscription-owner
#   severity: high
#   category: identity
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: Assign a narrower built-in role (Contributor, Reader, a service role) or scope the assignment to a resource group.
#   resourceTypes: [azurerm_role_assignment]
package plangate.rules.azure_no_subscription_owner

import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

assignments := resources.of_type("azurerm_role_assignment")

owner(r) if r.values.role_definition_name == "Owner"

owner(r) if endswith(lower(r.values.role_definition_id), azure.owner_role_guid)

# The role definition id comes from an azurerm_role_definition data source that looks up Owner.
owner(r) if {
	some target in r.references.role_definition_id
	some d in input.dataSources
	d.type == "azurerm_role_definition"
	d.configAddress == target
	d.values.name == "Owner"
}

# The scope is a subscription or wider: its known id, or a reference to a subscription or management group
# (resource or data source).
subscription_scope(r) if azure.subscription_scope(r.values.scope)

subscription_scope(r) if {
	some target in r.references.scope
	some type in azure.subscription_scope_types
	regex.match(sprintf(`^(.*\.)?(data\.)?%s\.[^.]+$`, [type]), target)
}

applies contains r.id if some r in assignments

deny contains {"id": r.id, "msg": msg} if {
	some r in assignments
	owner(r)
	subscription_scope(r)
	msg := sprintf("%s assigns Owner on a whole subscription (or wider); assign a narrower role or scope it to a resource group", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in assignments
	owner(r)
	not subscription_scope(r)
	r.unknown.scope == true
	count(object.get(r.references, "scope", [])) == 0
	msg := sprintf("%s assigns Owner on a scope known only after apply", [r.address])
}

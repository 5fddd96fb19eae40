# METADATA
# title: Custom roles do not allow every action
# description: >-
#   No custom role definition lists "*" among its actions: such a role is an Owner in disguise (it can create role
#   assignments too), which hides administrator access from reviews that look for the built-in roles.
# scope: package
# custom:
#   id: azure-custom-role-no-wildcard
#   severity: high
#   category: identity
#   controls:
#     - { framework: CIS-AZURE, id: "1.23" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: List the resource provider operations the role needs (Microsoft.Storage/storageAccounts/read, ...) instead of "*".
#   resourceTypes: [azurerm_role_definition]
package plangate.rules.azure_custom_role_no_wildcard

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

roles := resources.of_type("azurerm_role_definition")

applies contains r.id if some r in roles

deny contains {"id": r.id, "msg": msg} if {
	some r in roles
	some permission in blocks.of(r, "permissions")
	"*" in object.get(permission, "actions", [])
	msg := sprintf("custom role %s allows every action (\"*\"); list the operations it needs", [r.address])
}

# METADATA
# title: Cosmos DB accounts accept only Entra ID authentication
# description: >-
#   Every Cosmos DB account sets local_authentication_disabled = true, so data is reached with Entra ID identities
#   and RBAC instead of account keys, which never expire, are shared by everyone who has them and leave no trace of
#   who used them.
# scope: package
# custom:
#   id: azure-cosmosdb-local-auth-disabled
#   severity: medium
#   category: identity
#   controls:
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.2.2" }
#   remediation: Set local_authentication_disabled = true and grant Cosmos DB data-plane roles to the applications' identities.
#   resourceTypes: [azurerm_cosmosdb_account]
package plangate.rules.azure_cosmosdb_local_auth_disabled

import data.plangate.lib.resources
import rego.v1

accounts := resources.of_type("azurerm_cosmosdb_account")

applies contains r.id if some r in accounts

deny contains {"id": r.id, "msg": msg} if {
	some r in accounts
	not r.values.local_authentication_disabled == true
	not r.unknown.local_authentication_disabled == true
	msg := sprintf("Cosmos DB account %s accepts account keys; set local_authentication_disabled = true", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: local_authentication_disabled is known only after apply", [r.address])} if {
	some r in accounts
	r.unknown.local_authentication_disabled == true
}

# METADATA
# title: Default service accounts do not mount tokens
# description: >-
#   The default ServiceAccount of a namespace sets automountServiceAccountToken = false, so pods that do not name
#   a service account of their own get no API token.
# scope: package
# custom:
#   id: k8s-default-service-account
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.5" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.5.18" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Set automountServiceAccountToken = false on the ServiceAccount named default; give workloads their own accounts.
#   resourceTypes: [ServiceAccount]
package plangate.rules.k8s_default_service_account

import data.plangate.lib.resources
import rego.v1

default_accounts := [sa | some sa in resources.of_type("ServiceAccount"); sa.source == "kubernetes"; sa.name == "default"]

applies contains sa.id if some sa in default_accounts

deny contains {"id": sa.id, "msg": msg} if {
	some sa in default_accounts
	not sa.values.automountServiceAccountToken == false
	msg := sprintf("%s lets every pod without its own service account mount an API token; set automountServiceAccountToken = false", [sa.address])
}

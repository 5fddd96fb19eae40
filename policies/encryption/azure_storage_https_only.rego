# METADATA
# title: Azure storage accounts accept HTTPS only
# description: Storage accounts refuse plain HTTP, so data is encrypted in transit.
# scope: package
# custom:
#   id: azure-storage-https-only
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AZURE, id: "3.1" }
#   remediation: >-
#     Set https_traffic_only_enabled = true (enable_https_traffic_only on azurerm provider versions before 4).
#   resourceTypes: [azurerm_storage_account]
package plangate.rules.azure_storage_https_only

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

# azurerm 4 renamed the attribute; whichever the plan holds decides.
attribute_names := ["https_traffic_only_enabled", "enable_https_traffic_only"]

applies contains r.id if {
	some r in resources.of_type("azurerm_storage_account")
}

# The attribute name the plan uses (azurerm 4 renamed it); the newer one when neither is present.
attribute(r) := present[0] if {
	keys := object.keys(object.union(r.values, object.get(r, "unknown", {})))
	present := [name | some name in attribute_names; name in keys]
	count(present) > 0
} else := attribute_names[0]

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_storage_account")
	name := attribute(r)
	s := settings.of(r, [name])
	s.known
	s.value == false
	msg := sprintf("%s accepts plain HTTP%s; set %s = true", [r.address, settings.origin(s), name])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("azurerm_storage_account")
	s := settings.of(r, [attribute(r)])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed([name], s)} if {
	some r in resources.of_type("azurerm_storage_account")
	name := attribute(r)
	s := settings.of(r, [name])
	s.known
	not s.value == false
}

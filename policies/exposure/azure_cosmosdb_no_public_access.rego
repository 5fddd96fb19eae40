# METADATA
# title: Cosmos DB accounts are not open to the internet
# description: >-
#   Every Cosmos DB account turns public network access off, or restricts it with an IP range filter or virtual
#   network rules (is_virtual_network_filter_enabled), none of which admits every address.
# scope: package
# custom:
#   id: azure-cosmosdb-no-public-access
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Set public_network_access_enabled = false and use a private endpoint, or list the allowed networks in ip_range_filter.
#   resourceTypes: [azurerm_cosmosdb_account]
package plangate.rules.azure_cosmosdb_no_public_access

import data.plangate.lib.resources
import rego.v1

accounts := resources.of_type("azurerm_cosmosdb_account")

open_ranges := {"0.0.0.0/0", "0.0.0.0", "*"}

# The IP filter as a list (the provider has written it both as a comma-separated string and as a set).
ip_filter(r) := [trim_space(x) | some x in split(r.values.ip_range_filter, ","); trim_space(x) != ""] if is_string(r.values.ip_range_filter)

ip_filter(r) := r.values.ip_range_filter if is_array(r.values.ip_range_filter)

ip_filter(r) := [] if not r.values.ip_range_filter

restricted(r) if r.values.public_network_access_enabled == false

restricted(r) if {
	count(ip_filter(r)) > 0
	every range in ip_filter(r) {
		not range in open_ranges
	}
}

restricted(r) if {
	r.values.is_virtual_network_filter_enabled == true
	count(ip_filter(r)) == 0
}

applies contains r.id if some r in accounts

deny contains {"id": r.id, "msg": msg} if {
	some r in accounts
	not restricted(r)
	not r.unknown.public_network_access_enabled == true
	msg := sprintf("Cosmos DB account %s accepts connections from any address; set public_network_access_enabled = false or an ip_range_filter", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: public_network_access_enabled is known only after apply", [r.address])} if {
	some r in accounts
	not restricted(r)
	r.unknown.public_network_access_enabled == true
}

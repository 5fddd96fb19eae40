# METADATA
# title: PostgreSQL and MySQL flexible servers are not open to the internet
# description: >-
#   Every PostgreSQL or MySQL flexible server runs in a delegated subnet or has public network access off, and no
#   firewall rule of the server admits the whole internet (0.0.0.0 to 255.255.255.255).
# scope: package
# custom:
#   id: azure-flexible-server-no-public-access
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Deploy the server into a delegated subnet (delegated_subnet_id) or set public_network_access_enabled = false
#     and use a private endpoint; remove firewall rules that start at 0.0.0.0 and end at 255.255.255.255.
#   resourceTypes: [azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server, azurerm_postgresql_flexible_server_firewall_rule, azurerm_mysql_flexible_server_firewall_rule]
package plangate.rules.azure_flexible_server_no_public_access

import data.plangate.lib.attributes
import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

servers := resources.of_types(azure.flexible_server_types)

rules := resources.of_types({"azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"})

private(r) if attributes.is_set(r, ["delegated_subnet_id"])

private(r) if r.values.public_network_access_enabled == false

applies contains r.id if some r in servers

applies contains r.id if some r in rules

deny contains {"id": r.id, "msg": msg} if {
	some r in servers
	not private(r)
	not r.unknown.public_network_access_enabled == true
	msg := sprintf("%s is reachable over the internet; use a delegated subnet or set public_network_access_enabled = false", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in rules
	r.values.start_ip_address == "0.0.0.0"
	r.values.end_ip_address == "255.255.255.255"
	msg := sprintf("firewall rule %s admits every address on the internet; list your networks instead", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: public_network_access_enabled is known only after apply", [r.address])} if {
	some r in servers
	not private(r)
	r.unknown.public_network_access_enabled == true
}

# METADATA
# title: Network security groups do not open administrative ports to the internet
# description: >-
#   No Azure network security rule (a separate azurerm_network_security_rule or a security_rule block of an
#   azurerm_network_security_group) allows inbound traffic from any source (*, Internet, 0.0.0.0/0) to an
#   administrative or database port (SSH, RDP, WinRM, database and cache ports, the Docker API).
# scope: package
# custom:
#   id: azure-nsg-admin-ports
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: CIS-AZURE, id: "6.1" }
#     - { framework: CIS-AZURE, id: "6.2" }
#   remediation: >-
#     Restrict source_address_prefix to your network or a bastion subnet, or use Azure Bastion / just-in-time
#     access instead of open SSH/RDP.
#   resourceTypes: [azurerm_network_security_rule, azurerm_network_security_group]
#   parameters: [admin_ports]
package plangate.rules.azure_nsg_admin_ports

import data.plangate.lib.resources
import rego.v1

types := {"azurerm_network_security_rule", "azurerm_network_security_group"}

# Source prefixes that mean "anyone on the internet".
anywhere := {"*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0"}

# Protocols that carry ports (Icmp, Esp and Ah have none).
port_protocols := {"*", "tcp", "udp"}

applies contains r.id if {
	some r in resources.of_types(types)
}

# The rules of a resource: itself, or the inline security_rule blocks of a group.
rules(r) := [r.values] if r.type == "azurerm_network_security_rule"

rules(r) := [rule | some rule in list_of(r.values, "security_rule")] if r.type == "azurerm_network_security_group"

list_of(obj, key) := obj[key] if is_array(obj[key])

else := []

# A single value and a list attribute together (Azure offers both forms).
values_of(rule, single, plural) := array.concat([v | v := rule[single]; is_string(v); v != ""], list_of(rule, plural))

open_inbound(rule) if {
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	lower(rule.protocol) in port_protocols
	some source in values_of(rule, "source_address_prefix", "source_address_prefixes")
	lower(source) in anywhere
}

covers(range, _) if range == "*"

covers(range, port) if to_number(range) == port

covers(range, port) if {
	bounds := split(range, "-")
	count(bounds) == 2
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some rule in rules(r)
	open_inbound(rule)
	ranges := values_of(rule, "destination_port_range", "destination_port_ranges")
	open := sort([p | some p in data.plangate.params.admin_ports; some range in ranges; covers(range, p)])
	count(open) > 0
	msg := sprintf("%s: rule '%s' allows port(s) %s from any source; restrict source_address_prefix", [r.address, rule.name, concat(", ", [format_int(p, 10) | some p in open])])
}

package plangate.rules.azure_nsg_admin_ports_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_nsg_admin_ports as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_https_from_internet_passes if {
	r := t.tf("azurerm_network_security_rule", "x", {"name": "https", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": "Internet", "destination_port_range": "443"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_ssh_from_office_passes if {
	r := t.tf("azurerm_network_security_rule", "x", {"name": "ssh", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": "203.0.113.0/24", "destination_port_range": "22"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_ssh_from_anywhere_fails if {
	r := t.tf("azurerm_network_security_rule", "x", {"name": "ssh", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": "*", "destination_port_range": "22"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "rule 'ssh'")
}

test_denied_rule_passes if {
	r := t.tf("azurerm_network_security_rule", "x", {"name": "ssh", "direction": "Inbound", "access": "Deny", "protocol": "Tcp", "source_address_prefix": "*", "destination_port_range": "22"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_port_range_list_fails if {
	r := t.tf("azurerm_network_security_rule", "x", {"name": "db", "direction": "Inbound", "access": "Allow", "protocol": "*", "source_address_prefixes": ["0.0.0.0/0"], "destination_port_range": null, "destination_port_ranges": ["80", "3000-3400"]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "3306, 3389")
}

test_inline_group_rule_fails if {
	r := t.tf("azurerm_network_security_group", "x", {"name": "nsg", "security_rule": [{"name": "rdp", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "source_address_prefix": "*", "destination_port_range": "*"}]})
	o := outcome([r])
	o.deny == {r.id}
}

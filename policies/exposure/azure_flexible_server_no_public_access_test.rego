package plangate.rules.azure_flexible_server_no_public_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_flexible_server_no_public_access as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

server(values) := t.tf("azurerm_postgresql_flexible_server", "db", object.union({"name": "prd-db"}, values))

test_private_servers_pass if {
	passes(t.with_refs(t.with_unknown(server({"public_network_access_enabled": false}), {"delegated_subnet_id": true}), {"delegated_subnet_id": ["azurerm_subnet.db"]}))
	passes(t.tf("azurerm_mysql_flexible_server", "db", {"public_network_access_enabled": false}))
}

test_public_server_fails if fails(server({"public_network_access_enabled": true}))

test_world_firewall_rule_fails if {
	rule_resource := t.tf("azurerm_postgresql_flexible_server_firewall_rule", "all", {"name": "all", "start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"})
	fails(rule_resource)
	passes(t.tf("azurerm_postgresql_flexible_server_firewall_rule", "office", {"name": "office", "start_ip_address": "203.0.113.1", "end_ip_address": "203.0.113.254"}))
}

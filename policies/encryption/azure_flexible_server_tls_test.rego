package plangate.rules.azure_flexible_server_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_flexible_server_tls as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
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

param(type, name, value) := t.tf(type, "p", {"name": name, "value": value})

test_secure_parameters_pass if {
	passes(param("azurerm_postgresql_flexible_server_configuration", "require_secure_transport", "on"))
	passes(param("azurerm_mysql_flexible_server_configuration", "tls_version", "TLSv1.2,TLSv1.3"))
}

test_other_parameters_are_not_judged if count(outcome([param("azurerm_postgresql_flexible_server_configuration", "log_connections", "on")]).applies) == 0

test_insecure_transport_fails if {
	fails(param("azurerm_postgresql_flexible_server_configuration", "require_secure_transport", "off"))
	fails(param("azurerm_mysql_flexible_server_configuration", "require_secure_transport", "OFF"))
	fails(param("azurerm_mysql_flexible_server_configuration", "tls_version", "TLSv1,TLSv1.1"))
}

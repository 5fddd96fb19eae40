package plangate.rules.azure_sql_tde_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_sql_tde as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_tde_on_passes if {
	r := t.tf("azurerm_mssql_database", "x", {"transparent_data_encryption_enabled": true})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_tde_default_passes if {
	r := t.tf("azurerm_mssql_database", "x", {"name": "orders"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_tde_off_fails if {
	r := t.tf("azurerm_mssql_database", "x", {"transparent_data_encryption_enabled": false})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "transparent_data_encryption_enabled")
}

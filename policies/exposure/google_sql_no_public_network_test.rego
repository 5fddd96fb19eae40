package plangate.rules.google_sql_no_public_network_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_sql_no_public_network as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_office_network_passes if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": "203.0.113.0/24"}]}]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_anywhere_fails if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"ip_configuration": [{"authorized_networks": [{"name": "all", "value": "0.0.0.0/0"}]}]}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "0.0.0.0/0")
}

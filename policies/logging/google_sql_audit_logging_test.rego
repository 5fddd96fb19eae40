package plangate.rules.google_sql_audit_logging_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_sql_audit_logging as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_both_flags_on_pass if {
	r := t.tf("google_sql_database_instance", "x", {"database_version": "POSTGRES_15", "settings": [{"database_flags": [{"name": "log_connections", "value": "on"}, {"name": "log_disconnections", "value": "on"}]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_missing_flag_fails if {
	r := t.tf("google_sql_database_instance", "x", {"database_version": "POSTGRES_15", "settings": [{"database_flags": [{"name": "log_connections", "value": "on"}]}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "log_disconnections")
}

test_mysql_not_judged if {
	r := t.tf("google_sql_database_instance", "x", {"database_version": "MYSQL_8_0", "settings": [{"database_flags": []}]})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

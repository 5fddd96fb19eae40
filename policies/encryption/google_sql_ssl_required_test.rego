package plangate.rules.google_sql_ssl_required_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_sql_ssl_required as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_encrypted_only_passes if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_legacy_require_ssl_passes if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"ip_configuration": [{"require_ssl": true}]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_unencrypted_allowed_fails if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "ENCRYPTED_ONLY")
}

test_no_ip_configuration_fails if {
	r := t.tf("google_sql_database_instance", "x", {"settings": [{"tier": "db-f1-micro"}]})
	o := outcome([r])
	o.deny == {r.id}
}

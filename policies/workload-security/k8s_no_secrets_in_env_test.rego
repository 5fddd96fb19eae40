package plangate.rules.k8s_no_secrets_in_env_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_secrets_in_env as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_secret_reference_passes if {
	r := t.deployment([t.container_with({"env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}, {"name": "AUTHOR", "value": "team"}]})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_literal_password_fails if {
	r := t.deployment([t.container_with({"env": [{"name": "DB_PASSWORD", "value": "hunter2"}]})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "DB_PASSWORD")
}

test_literal_api_key_fails if {
	r := t.deployment([t.container_with({"env": [{"name": "STRIPE_API_KEY", "value": "sk_live"}]})])
	o := outcome([r])
	o.deny == {r.id}
}

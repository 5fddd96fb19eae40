package plangate.rules.k8s_configmap_credentials_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_configmap_credentials as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

judged(resources) := a if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

config(entries) := t.object_of("ConfigMap", "app", {"data": entries})

test_settings_and_pointers_pass if {
	r := config({"log_level": "info", "db_password_file": "/run/secrets/db", "token_secret_name": "api-token", "api_key": "${API_KEY}"})
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_password_literal_fails_masked if {
	r := config({"DB_PASSWORD": "hunter2"})
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s holds credentials: DB_PASSWORD (the name suggests a credential and the value is written in plaintext); move them into a Secret", [r.address])}
	not contains(concat(" ", messages([r])), "hunter2")
}

test_private_key_value_fails if {
	r := config({"tls.key": "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"})
	some m in messages([r])
	contains(m, "a private key")
}

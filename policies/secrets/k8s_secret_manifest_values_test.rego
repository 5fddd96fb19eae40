package plangate.rules.k8s_secret_manifest_values_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_secret_manifest_values as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

secret(values) := t.object_of("Secret", "db", object.union({"type": "Opaque"}, values))

empty_data := t.object_of("Secret", "tls", {"type": "kubernetes.io/tls", "data": {}})

test_empty_secret_passes if {
	r := secret({})
	judged := rule.applies with input as t.doc([r])
	judged == {r.id}
	count(denied([r, empty_data])) == 0
}

test_values_fail_and_only_keys_are_named if {
	r := secret({"data": {"password": "(sensitive value)"}, "stringData": {"username": "(sensitive value)"}})
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s holds secret values in the manifest (keys password, username; values withheld); create it from an external secret store or commit it encrypted", [r.address])}
}

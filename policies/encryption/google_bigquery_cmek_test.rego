package plangate.rules.google_bigquery_cmek_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_bigquery_cmek as rule
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

dataset(values) := t.tf("google_bigquery_dataset", "d", object.union({"dataset_id": "prd_sales", "location": "EU"}, values))

test_cmek_reference_passes if passes(t.with_refs(t.with_unknown(dataset({}), {"default_encryption_configuration": [{"kms_key_name": true}]}), {"default_encryption_configuration.kms_key_name": ["google_kms_crypto_key.k"]}))

test_google_managed_fails if fails(dataset({"default_encryption_configuration": []}))

test_unknown_key_is_unknown if {
	r := t.with_unknown(dataset({}), {"default_encryption_configuration": [{"kms_key_name": true}]})
	outcome([r]).unknown == {r.id}
}

package plangate.rules.google_pubsub_cmek_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_pubsub_cmek as rule
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

topic(values) := t.tf("google_pubsub_topic", "t", object.union({"name": "prd-events"}, values))

test_kms_key_passes if passes(topic({"kms_key_name": "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k"}))

test_google_managed_fails if fails(topic({"kms_key_name": null}))

test_unknown_key_is_unknown if outcome([t.with_unknown(topic({}), {"kms_key_name": true})]).unknown == {"plan.json#google_pubsub_topic.t"}

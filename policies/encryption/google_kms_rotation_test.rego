package plangate.rules.google_kms_rotation_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_kms_rotation as rule
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

key(values) := t.tf("google_kms_crypto_key", "k", object.union({"name": "prd-data"}, values))

test_ninety_days_passes if passes(key({"rotation_period": "7776000s"}))

test_asymmetric_keys_are_not_judged if count(outcome([key({"purpose": "ASYMMETRIC_SIGN"})]).applies) == 0

test_no_rotation_fails if fails(key({"rotation_period": null}))

test_yearly_rotation_fails if {
	r := key({"rotation_period": "31536000s"})
	fails(r)
	some m in messages([r])
	contains(m, "31536000s")
}

test_unknown_period_is_unknown if {
	r := t.with_unknown(key({}), {"rotation_period": true})
	outcome([r]).unknown == {r.id}
	outcome([r]).deny == set()
}

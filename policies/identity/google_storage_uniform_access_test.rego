package plangate.rules.google_storage_uniform_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_storage_uniform_access as rule
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

bucket(values) := t.tf("google_storage_bucket", "b", object.union({"name": "prd-reports", "location": "EU"}, values))

test_uniform_access_passes if passes(bucket({"uniform_bucket_level_access": true}))

test_acls_fail if fails(bucket({"uniform_bucket_level_access": false}))

test_unset_fails if fails(t.with_unknown(bucket({}), {"uniform_bucket_level_access": true}))

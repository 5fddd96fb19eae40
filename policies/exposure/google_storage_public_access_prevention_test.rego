package plangate.rules.google_storage_public_access_prevention_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_storage_public_access_prevention as rule
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

test_enforced_passes if passes(bucket({"public_access_prevention": "enforced"}))

test_inherited_fails if fails(bucket({"public_access_prevention": "inherited"}))

test_unset_computed_value_fails if fails(t.with_unknown(bucket({}), {"public_access_prevention": true}))

test_referenced_unknown_is_unknown if {
	r := t.with_refs(t.with_unknown(bucket({}), {"public_access_prevention": true}), {"public_access_prevention": ["terraform_data.settings"]})
	outcome([r]).unknown == {r.id}
	outcome([r]).deny == set()
}

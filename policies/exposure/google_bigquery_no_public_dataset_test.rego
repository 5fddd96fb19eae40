package plangate.rules.google_bigquery_no_public_dataset_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_bigquery_no_public_dataset as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
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

dataset(access) := t.tf("google_bigquery_dataset", "d", {"dataset_id": "prd_sales", "access": access})

test_named_access_passes if passes(dataset([{"role": "READER", "group_by_email": "analysts@example.com", "special_group": ""}, {"role": "OWNER", "special_group": "projectOwners"}]))

test_all_authenticated_users_fails if {
	r := dataset([{"role": "READER", "special_group": "allAuthenticatedUsers"}])
	fails(r)
	some m in messages([r])
	contains(m, "allAuthenticatedUsers")
}

test_dataset_access_resource_fails if fails(t.tf("google_bigquery_dataset_access", "a", {"dataset_id": "prd_sales", "role": "READER", "iam_member": "allUsers"}))

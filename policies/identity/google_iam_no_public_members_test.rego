package plangate.rules.google_iam_no_public_members_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_iam_no_public_members as rule
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

test_named_member_passes if passes(t.tf("google_storage_bucket_iam_member", "m", {"bucket": "prd-reports", "role": "roles/storage.objectViewer", "member": "group:analysts@example.com"}))

test_all_users_fails if {
	r := t.tf("google_storage_bucket_iam_member", "m", {"bucket": "prd-reports", "role": "roles/storage.objectViewer", "member": "allUsers"})
	fails(r)
	some m in messages([r])
	contains(m, "allUsers")
}

test_all_authenticated_in_binding_fails if fails(t.tf("google_project_iam_binding", "b", {"project": "p", "role": "roles/viewer", "members": ["allAuthenticatedUsers"]}))

test_public_binding_in_bucket_policy_fails if {
	doc := {"bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}
	fails(t.tf("google_storage_bucket_iam_policy", "p", {"bucket": "prd-reports", "policy_data": json.marshal(doc)}))
}

package plangate.rules.google_iam_no_primitive_roles_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_iam_no_primitive_roles as rule
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

member(role, who) := t.tf("google_project_iam_member", "m", {"project": "prd-data", "role": role, "member": who})

test_predefined_role_and_service_account_pass if {
	passes(member("roles/storage.objectViewer", "user:alice@example.com"))
	passes(member("roles/editor", "serviceAccount:ci@prd-data.iam.gserviceaccount.com"))
}

test_owner_to_user_fails if {
	r := member("roles/owner", "user:alice@example.com")
	fails(r)
	some m in messages([r])
	contains(m, "roles/owner")
}

test_editor_binding_to_group_fails if fails(t.tf("google_project_iam_binding", "b", {"project": "p", "role": "roles/editor", "members": ["serviceAccount:a@p.iam.gserviceaccount.com", "group:devs@example.com"]}))

test_unknown_members_are_unknown if {
	r := t.with_unknown(t.tf("google_project_iam_member", "m", {"project": "p", "role": "roles/owner"}), {"member": true})
	outcome([r]).unknown == {r.id}
}

test_known_other_role_settles_unknown_members if {
	r := t.with_unknown(t.tf("google_project_iam_member", "m", {"project": "p", "role": "roles/viewer"}), {"member": true})
	passes(r)
}

policy(bindings) := t.tf("google_project_iam_policy", "p", {"project": "prd-data", "policy_data": json.marshal({"bindings": bindings})})

test_authoritative_policy_is_read if {
	passes(policy([{"role": "roles/viewer", "members": ["user:alice@example.com"]}]))
	r := policy([{"role": "roles/viewer", "members": ["user:alice@example.com"]}, {"role": "roles/editor", "members": ["group:devs@example.com"]}])
	fails(r)
	some m in messages([r])
	contains(m, "roles/editor to group:devs@example.com")
}

test_unknown_policy_is_unknown if {
	r := t.with_unknown(t.tf("google_project_iam_policy", "p", {"project": "prd-data"}), {"policy_data": true})
	outcome([r]).unknown == {r.id}
}

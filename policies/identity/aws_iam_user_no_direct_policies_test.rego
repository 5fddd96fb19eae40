package plangate.rules.aws_iam_user_no_direct_policies_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_user_no_direct_policies as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources)
	d := t.ids(rule.deny) with input as t.doc(resources)
	u := t.ids(rule.unknown) with input as t.doc(resources)
	m := t.messages(rule.deny) with input as t.doc(resources)
}

test_inline_user_policy_fails if {
	r := t.tf("aws_iam_user_policy", "alice", {"user": "alice", "policy": "{}"})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "IAM user alice")
}

test_managed_attachment_to_user_by_reference_fails if {
	r := t.with_refs(t.with_unknown(t.tf("aws_iam_user_policy_attachment", "alice", {}), {"user": true}), {"user": ["aws_iam_user.alice"]})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "aws_iam_user.alice")
}

test_policy_attachment_listing_users_fails if {
	r := t.tf("aws_iam_policy_attachment", "readers", {"name": "readers", "users": ["bob"], "groups": [], "roles": []})
	outcome([r]).deny == {r.id}
}

test_policy_attachment_to_groups_only_passes if {
	r := t.tf("aws_iam_policy_attachment", "readers", {"name": "readers", "users": [], "groups": ["readers"], "roles": []})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_policy_attachment_users_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_iam_policy_attachment", "readers", {"name": "readers", "groups": [], "roles": []}), {"users": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_group_attachment_not_judged if {
	r := t.tf("aws_iam_group_policy_attachment", "readers", {"group": "readers"})
	count(outcome([r]).applies) == 0
}

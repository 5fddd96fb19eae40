package plangate.rules.aws_s3_no_public_acl_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_s3_no_public_acl as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_private_acl_passes if {
	r := t.tf("aws_s3_bucket_acl", "x", {"acl": "private"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_public_read_write_acl_fails if {
	r := t.tf("aws_s3_bucket_acl", "x", {"acl": "public-read-write"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "public-read-write")
}

test_inline_public_read_fails if {
	r := t.tf("aws_s3_bucket", "x", {"acl": "public-read"})
	o := outcome([r])
	o.deny == {r.id}
}

test_grant_to_all_users_fails if {
	r := t.tf("aws_s3_bucket", "x", {"acl": null, "grant": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers", "permissions": ["READ"]}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "AllUsers")
}

test_log_delivery_grant_passes if {
	r := t.tf("aws_s3_bucket", "x", {"acl": "log-delivery-write", "grant": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery", "permissions": ["WRITE"]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

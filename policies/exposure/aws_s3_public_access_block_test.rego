package plangate.rules.aws_s3_public_access_block_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_s3_public_access_block as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_bucket_with_full_block_passes if {
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b"})
	blk := t.with_refs(t.tf("aws_s3_bucket_public_access_block", "b", {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}), {"bucket": ["aws_s3_bucket.b"]})
	o := outcome([b, blk])
	o.applies == {b.id}
	count(o.deny) == 0
}

test_bucket_without_block_fails if {
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b"})
	o := outcome([b])
	o.deny == {b.id}
	some m in messages([b])
	contains(m, b.address)
	contains(m, "public access block")
}

test_partial_block_fails if {
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b"})
	blk := t.tf("aws_s3_bucket_public_access_block", "b", {"bucket": "prd-b", "block_public_acls": false, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true})
	o := outcome([b, blk])
	o.deny == {b.id}
	some m in messages([b, blk])
	contains(m, "block_public_acls")
}

test_account_level_block_passes if {
	b := t.tf("aws_s3_bucket", "b", {"bucket": "prd-b"})
	acct := t.tf("aws_s3_account_public_access_block", "this", {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true})
	o := outcome([b, acct])
	count(o.deny) == 0
}

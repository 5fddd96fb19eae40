package plangate.rules.aws_iam_access_key_encrypted_secret_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_access_key_encrypted_secret as rule
import rego.v1

test_pgp_key_passes if {
	r := t.tf("aws_iam_access_key", "ci", {"user": "ci", "pgp_key": "keybase:ops"})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_without_pgp_key_fails if {
	r := t.tf("aws_iam_access_key", "ci", {"user": "ci", "pgp_key": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_pgp_key_from_a_resource_passes if {
	r := t.with_refs(t.with_unknown(t.tf("aws_iam_access_key", "ci", {"user": "ci"}), {"pgp_key": true}), {"pgp_key": ["data.local_file.ops_key"]})
	count(rule.deny) == 0 with input as t.doc([r])
	count(rule.unknown) == 0 with input as t.doc([r])
}

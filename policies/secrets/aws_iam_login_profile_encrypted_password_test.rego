package plangate.rules.aws_iam_login_profile_encrypted_password_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_login_profile_encrypted_password as rule
import rego.v1

test_pgp_key_passes if {
	r := t.tf("aws_iam_user_login_profile", "alice", {"user": "alice", "pgp_key": "keybase:alice", "password_reset_required": true})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_without_pgp_key_fails if {
	r := t.tf("aws_iam_user_login_profile", "alice", {"user": "alice", "pgp_key": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_pgp_key_is_unknown if {
	r := t.with_unknown(t.tf("aws_iam_user_login_profile", "alice", {"user": "alice"}), {"pgp_key": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_iam_password_min_length_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_password_min_length as rule
import rego.v1

policy(values) := t.tf("aws_iam_account_password_policy", "strict", values)

test_fourteen_passes if {
	r := policy({"minimum_password_length": 14})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_short_fails if {
	r := policy({"minimum_password_length": 8})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := policy({"minimum_password_length": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(policy({}), {"minimum_password_length": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

package plangate.rules.aws_iam_password_reuse_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_password_reuse as rule
import rego.v1

policy(values) := t.tf("aws_iam_account_password_policy", "strict", values)

test_twenty_four_passes if {
	r := policy({"password_reuse_prevention": 24})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_five_fails if {
	r := policy({"password_reuse_prevention": 5})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := policy({"password_reuse_prevention": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(policy({}), {"password_reuse_prevention": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

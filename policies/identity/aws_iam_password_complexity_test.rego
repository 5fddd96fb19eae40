package plangate.rules.aws_iam_password_complexity_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_password_complexity as rule
import rego.v1

all_required := {"require_lowercase_characters": true, "require_uppercase_characters": true, "require_numbers": true, "require_symbols": true}

policy(values) := t.tf("aws_iam_account_password_policy", "strict", values)

test_all_required_passes if {
	r := policy(all_required)
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_symbols_unset_fails_naming_it if {
	r := policy(object.union(all_required, {"require_symbols": null}))
	some o in rule.deny with input as t.doc([r])
	o.id == r.id
	contains(o.msg, "require_symbols")
	not contains(o.msg, "require_numbers")
}

test_unknown_is_unknown if {
	r := t.with_unknown(policy(object.remove(all_required, ["require_numbers"])), {"require_numbers": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

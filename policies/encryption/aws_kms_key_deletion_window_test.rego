package plangate.rules.aws_kms_key_deletion_window_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_kms_key_deletion_window as rule
import rego.v1

params := object.union(t.params, {"kms_min_deletion_window_days": 14})

test_thirty_days_passes if {
	r := t.tf("aws_kms_key", "data", {"deletion_window_in_days": 30})
	rule.applies == {r.id} with input as t.doc([r]) with data.plangate.params as params
	count(rule.deny) == 0 with input as t.doc([r]) with data.plangate.params as params
}

test_unset_takes_the_aws_default_and_passes if {
	r := t.tf("aws_kms_key", "data", {"deletion_window_in_days": null})
	count(rule.deny) == 0 with input as t.doc([r]) with data.plangate.params as params
}

test_seven_days_fails if {
	r := t.tf("aws_kms_key", "data", {"deletion_window_in_days": 7})
	some o in rule.deny with input as t.doc([r]) with data.plangate.params as params
	o.id == r.id
	contains(o.msg, "after 7 days")
}

test_parameter_is_honoured if {
	r := t.tf("aws_kms_key", "data", {"deletion_window_in_days": 20})
	t.ids(rule.deny) == {r.id} with input as t.doc([r]) with data.plangate.params as object.union(params, {"kms_min_deletion_window_days": 30})
}

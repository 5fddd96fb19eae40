package plangate.rules.aws_dynamodb_point_in_time_recovery_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_dynamodb_point_in_time_recovery as rule
import rego.v1

table(pitr) := t.tf("aws_dynamodb_table", "orders", {"name": "prd-orders", "hash_key": "id", "point_in_time_recovery": pitr})

test_enabled_passes if {
	r := table([{"enabled": true}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_fails if {
	r := table([{"enabled": false}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := table([])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(table([{}]), {"point_in_time_recovery": [{"enabled": true}]})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

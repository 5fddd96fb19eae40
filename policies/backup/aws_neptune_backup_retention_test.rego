package plangate.rules.aws_neptune_backup_retention_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_neptune_backup_retention as rule
import rego.v1

params := object.union(t.params, {"min_backup_retention_days": 7})

cluster(days) := t.tf("aws_neptune_cluster", "main", {"cluster_identifier": "prd-main", "backup_retention_period": days})

test_fourteen_days_pass if {
	r := cluster(14)
	rule.applies == {r.id} with input as t.doc([r]) with data.plangate.params as params
	count(rule.deny) == 0 with input as t.doc([r]) with data.plangate.params as params
}

test_one_day_fails if {
	r := cluster(1)
	t.ids(rule.deny) == {r.id} with input as t.doc([r]) with data.plangate.params as params
}

test_unset_fails_naming_the_default if {
	r := cluster(null)
	some o in rule.deny with input as t.doc([r]) with data.plangate.params as params
	contains(o.msg, "the default")
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_neptune_cluster", "main", {"cluster_identifier": "prd-main"}), {"backup_retention_period": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r]) with data.plangate.params as params
}

package plangate.rules.aws_neptune_iam_auth_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_neptune_iam_auth as rule
import rego.v1

graph(enabled) := t.tf("aws_neptune_cluster", "graph", {"cluster_identifier": "prd-graph", "iam_database_authentication_enabled": enabled})

test_enabled_passes if {
	r := graph(true)
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unset_fails if {
	r := graph(null)
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_neptune_cluster", "graph", {"cluster_identifier": "prd-graph"}), {"iam_database_authentication_enabled": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_ecs_cluster_container_insights_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecs_cluster_container_insights as rule
import rego.v1

test_enabled_passes if {
	r := t.tf("aws_ecs_cluster", "main", {"name": "prd-main", "setting": [{"name": "containerInsights", "value": "enabled"}]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_fails if {
	r := t.tf("aws_ecs_cluster", "main", {"name": "prd-main", "setting": [{"name": "containerInsights", "value": "disabled"}]})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_setting_fails if {
	r := t.tf("aws_ecs_cluster", "main", {"name": "prd-main", "setting": []})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

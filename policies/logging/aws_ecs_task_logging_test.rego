package plangate.rules.aws_ecs_task_logging_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecs_task_logging as rule
import rego.v1

task(containers) := t.tf("aws_ecs_task_definition", "api", {"family": "prd-api", "container_definitions": json.marshal(containers)})

logged := {"name": "api", "image": "app:1", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "api"}}}

test_logged_containers_pass if {
	r := task([logged])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_sidecar_without_logs_fails if {
	r := task([logged, {"name": "proxy", "image": "envoy:1"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "container proxy")
}

test_unknown_definitions_are_unknown if {
	r := t.with_unknown(t.tf("aws_ecs_task_definition", "api", {"family": "prd-api"}), {"container_definitions": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

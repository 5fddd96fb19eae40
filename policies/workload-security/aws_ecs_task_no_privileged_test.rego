package plangate.rules.aws_ecs_task_no_privileged_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecs_task_no_privileged as rule
import rego.v1

task(containers) := t.tf("aws_ecs_task_definition", "api", {"family": "prd-api", "container_definitions": json.marshal(containers)})

test_unprivileged_passes if {
	r := task([{"name": "api", "image": "app:1", "privileged": false}, {"name": "proxy", "image": "envoy:1"}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_privileged_fails_naming_the_container if {
	r := task([{"name": "api", "image": "app:1"}, {"name": "agent", "image": "agent:1", "privileged": true}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "container agent")
}

test_unknown_definitions_are_unknown if {
	r := t.with_unknown(t.tf("aws_ecs_task_definition", "api", {"family": "prd-api"}), {"container_definitions": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

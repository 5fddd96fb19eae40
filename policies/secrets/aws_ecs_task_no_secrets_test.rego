package plangate.rules.aws_ecs_task_no_secrets_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecs_task_no_secrets as rule
import rego.v1

task(containers) := t.tf("aws_ecs_task_definition", "api", {"family": "prd-api", "container_definitions": json.marshal(containers)})

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources)
	d := t.ids(rule.deny) with input as t.doc(resources)
	u := t.ids(rule.unknown) with input as t.doc(resources)
	m := t.messages(rule.deny) with input as t.doc(resources)
}

test_secrets_from_secrets_manager_pass if {
	r := task([{"name": "api", "image": "app:1", "environment": [{"name": "LOG_LEVEL", "value": "info"}], "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"}]}])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
}

test_password_in_environment_fails if {
	r := task([{"name": "api", "image": "app:1", "environment": [{"name": "DB_PASSWORD", "value": "hunter2hunter2"}]}])
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "container api")
	contains(m, "DB_PASSWORD")
	not contains(m, "hunter2")
}

test_token_in_command_fails if {
	r := task([{"name": "bot", "image": "bot:1", "command": ["run", "--slack", "xoxb-123456789012-abcdefghijkl"]}])
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "xoxb-****")
}

test_unknown_definitions_are_unknown if {
	r := t.with_unknown(t.tf("aws_ecs_task_definition", "api", {"family": "prd-api"}), {"container_definitions": true})
	outcome([r]).unknown == {r.id}
}

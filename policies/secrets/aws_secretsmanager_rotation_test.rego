package plangate.rules.aws_secretsmanager_rotation_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_secretsmanager_rotation as rule
import rego.v1

secret := t.tf("aws_secretsmanager_secret", "db", {"name": "prd/db"})

test_rotation_resource_passes if {
	rotation := t.with_refs(t.tf("aws_secretsmanager_secret_rotation", "db", {"rotation_rules": [{"automatically_after_days": 30}]}), {"secret_id": ["aws_secretsmanager_secret.db"]})
	rule.applies == {secret.id} with input as t.doc([secret, rotation])
	count(rule.deny) == 0 with input as t.doc([secret, rotation])
}

test_without_rotation_fails if {
	some o in rule.deny with input as t.doc([secret])
	o.id == secret.id
	contains(o.msg, "aws_secretsmanager_secret_rotation")
}

test_rotation_of_another_secret_fails if {
	rotation := t.with_refs(t.tf("aws_secretsmanager_secret_rotation", "api", {}), {"secret_id": ["aws_secretsmanager_secret.api"]})
	t.ids(rule.deny) == {secret.id} with input as t.doc([secret, rotation])
}

test_inline_rotation_rules_pass if {
	r := t.tf("aws_secretsmanager_secret", "legacy", {"name": "prd/legacy", "rotation_rules": [{"automatically_after_days": 30}]})
	count(rule.deny) == 0 with input as t.doc([r])
}

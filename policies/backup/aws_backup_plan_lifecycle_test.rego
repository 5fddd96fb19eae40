package plangate.rules.aws_backup_plan_lifecycle_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_backup_plan_lifecycle as rule
import rego.v1

plan(rules) := t.tf("aws_backup_plan", "daily", {"name": "prd-daily", "rule": rules})

test_expiring_rules_pass if {
	r := plan([{"rule_name": "daily", "target_vault_name": "prd", "lifecycle": [{"delete_after": 35}], "copy_action": [{"destination_vault_arn": "arn:x", "lifecycle": [{"delete_after": 90}]}]}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_rule_without_lifecycle_fails if {
	r := plan([{"rule_name": "daily", "target_vault_name": "prd", "lifecycle": []}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "rule daily")
}

test_copy_without_lifecycle_fails if {
	r := plan([{"rule_name": "daily", "target_vault_name": "prd", "lifecycle": [{"delete_after": 35}], "copy_action": [{"destination_vault_arn": "arn:x", "lifecycle": []}]}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "copies")
}

test_cold_storage_only_fails if {
	r := plan([{"rule_name": "daily", "target_vault_name": "prd", "lifecycle": [{"cold_storage_after": 30, "delete_after": null}]}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

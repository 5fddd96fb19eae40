package plangate.rules.aws_backup_vault_lock_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_backup_vault_lock as rule
import rego.v1

vault := t.tf("aws_backup_vault", "main", {"name": "prd-vault"})

test_locked_vault_passes if {
	lock := t.with_refs(t.tf("aws_backup_vault_lock_configuration", "main", {"min_retention_days": 7}), {"backup_vault_name": ["aws_backup_vault.main"]})
	rule.applies == {vault.id} with input as t.doc([vault, lock])
	count(rule.deny) == 0 with input as t.doc([vault, lock])
}

test_unlocked_vault_fails if {
	some o in rule.deny with input as t.doc([vault])
	o.id == vault.id
	contains(o.msg, "aws_backup_vault_lock_configuration")
}

test_lock_of_another_vault_fails if {
	lock := t.with_refs(t.tf("aws_backup_vault_lock_configuration", "other", {}), {"backup_vault_name": ["aws_backup_vault.other"]})
	t.ids(rule.deny) == {vault.id} with input as t.doc([vault, lock])
}

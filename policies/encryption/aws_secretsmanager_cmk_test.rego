package plangate.rules.aws_secretsmanager_cmk_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_secretsmanager_cmk as rule
import rego.v1

test_referenced_key_passes if {
	r := t.with_refs(t.with_unknown(t.tf("aws_secretsmanager_secret", "db", {"name": "prd/db"}), {"kms_key_id": true}), {"kms_key_id": ["aws_kms_key.data"]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) + count(rule.unknown) == 0 with input as t.doc([r])
}

test_default_key_fails if {
	r := t.tf("aws_secretsmanager_secret", "db", {"name": "prd/db", "kms_key_id": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_aws_managed_alias_fails if {
	r := t.tf("aws_secretsmanager_secret", "db", {"name": "prd/db", "kms_key_id": "alias/aws/secretsmanager"})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_secretsmanager_secret", "db", {"name": "prd/db"}), {"kms_key_id": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

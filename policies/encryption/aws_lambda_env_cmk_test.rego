package plangate.rules.aws_lambda_env_cmk_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_lambda_env_cmk as rule
import rego.v1

fn(values) := t.tf("aws_lambda_function", "api", object.union({"function_name": "prd-api", "environment": [{"variables": {"LOG_LEVEL": "info"}}]}, values))

test_referenced_key_passes if {
	r := t.with_refs(t.with_unknown(fn({}), {"kms_key_arn": true}), {"kms_key_arn": ["aws_kms_key.data"]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) + count(rule.unknown) == 0 with input as t.doc([r])
}

test_default_key_fails if {
	r := fn({"kms_key_arn": ""})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_environment_not_judged if {
	r := fn({"environment": [], "kms_key_arn": null})
	count(rule.applies) == 0 with input as t.doc([r])
}

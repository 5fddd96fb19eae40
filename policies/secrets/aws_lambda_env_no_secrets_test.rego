package plangate.rules.aws_lambda_env_no_secrets_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_lambda_env_no_secrets as rule
import rego.v1

fn(variables) := t.tf("aws_lambda_function", "api", {"function_name": "prd-api", "environment": [{"variables": variables}]})

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources)
	d := t.ids(rule.deny) with input as t.doc(resources)
	u := t.ids(rule.unknown) with input as t.doc(resources)
	m := t.messages(rule.deny) with input as t.doc(resources)
}

test_references_pass if {
	r := fn({"DB_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db", "LOG_LEVEL": "info"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_access_key_value_fails_masked if {
	r := fn({"AWS_KEY": "AKIAIOSFODNN7EXAMPLE"})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "AWS_KEY")
	contains(m, "AKIA****")
	not contains(m, "IOSFODNN7EXAMPLE")
}

test_password_literal_fails if {
	r := fn({"DB_PASSWORD": "hunter2hunter2"})
	outcome([r]).deny == {r.id}
}

test_no_environment_passes if {
	r := t.tf("aws_lambda_function", "api", {"function_name": "prd-api", "environment": []})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
}

test_unknown_credential_value_is_unknown if {
	r := t.with_unknown(fn({"LOG_LEVEL": "info"}), {"environment": [{"variables": {"DB_PASSWORD": true}}]})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

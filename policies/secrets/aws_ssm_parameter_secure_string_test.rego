package plangate.rules.aws_ssm_parameter_secure_string_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ssm_parameter_secure_string as rule
import rego.v1

param(values) := t.tf("aws_ssm_parameter", "db", values)

test_secure_string_passes if {
	r := param({"name": "/prd/db/password", "type": "SecureString", "value": "(sensitive value)"})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_string_named_like_a_password_fails if {
	r := param({"name": "/prd/db/password", "type": "String", "value": "(sensitive value)"})
	some o in rule.deny with input as t.doc([r])
	o.id == r.id
	contains(o.msg, "/prd/db/password")
}

test_string_with_access_key_value_fails if {
	r := param({"name": "/prd/ci/key", "type": "String", "insecure_value": "AKIAIOSFODNN7EXAMPLE"})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_plain_configuration_passes if {
	r := param({"name": "/prd/app/log-level", "type": "String", "insecure_value": "info"})
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unknown_type_is_unknown if {
	r := t.with_unknown(param({"name": "/prd/db/password"}), {"type": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

test_unknown_name_of_plain_parameter_is_unknown if {
	r := t.with_unknown(param({"type": "String", "insecure_value": "info"}), {"name": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

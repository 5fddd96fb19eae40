package plangate.rules.aws_kms_key_rotation_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_kms_key_rotation as rule
import rego.v1

test_rotation_on_passes if {
	r := t.tf("aws_kms_key", "data", {"enable_key_rotation": true})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_rotation_off_fails if {
	r := t.tf("aws_kms_key", "data", {"enable_key_rotation": false, "customer_master_key_spec": "SYMMETRIC_DEFAULT"})
	some o in rule.deny with input as t.doc([r])
	o.id == r.id
	contains(o.msg, "enable_key_rotation")
}

test_rotation_unset_fails if {
	r := t.tf("aws_kms_key", "data", {"enable_key_rotation": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_asymmetric_key_not_judged if {
	r := t.tf("aws_kms_key", "signing", {"enable_key_rotation": false, "customer_master_key_spec": "RSA_2048"})
	count(rule.applies) == 0 with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

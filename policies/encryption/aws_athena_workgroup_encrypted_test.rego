package plangate.rules.aws_athena_workgroup_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_athena_workgroup_encrypted as rule
import rego.v1

workgroup(enforce, encryption) := t.tf("aws_athena_workgroup", "analysts", {"name": "prd-analysts", "configuration": [{"enforce_workgroup_configuration": enforce, "result_configuration": [{"output_location": "s3://prd-athena/", "encryption_configuration": encryption}]}]})

test_enforced_kms_passes if {
	r := workgroup(true, [{"encryption_option": "SSE_KMS", "kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/x"}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_no_encryption_fails if {
	r := workgroup(true, [])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "encryption_configuration")
}

test_not_enforced_fails if {
	r := workgroup(false, [{"encryption_option": "SSE_S3"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "enforce_workgroup_configuration")
}

package plangate.rules.aws_glue_security_configuration_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_glue_security_configuration_encrypted as rule
import rego.v1

config(s3, cloudwatch, bookmarks) := t.tf("aws_glue_security_configuration", "etl", {"name": "prd-etl", "encryption_configuration": [{
	"s3_encryption": [{"s3_encryption_mode": s3}],
	"cloudwatch_encryption": [{"cloudwatch_encryption_mode": cloudwatch}],
	"job_bookmarks_encryption": [{"job_bookmarks_encryption_mode": bookmarks}],
}]})

test_all_encrypted_passes if {
	r := config("SSE-KMS", "SSE-KMS", "CSE-KMS")
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_bookmarks_fail_naming_them if {
	r := config("SSE-KMS", "SSE-KMS", "DISABLED")
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "job_bookmarks_encryption")
	not contains(o.msg, "s3_encryption")
}

test_missing_blocks_fail if {
	r := t.tf("aws_glue_security_configuration", "etl", {"name": "prd-etl", "encryption_configuration": [{"s3_encryption": [{"s3_encryption_mode": "SSE-S3"}]}]})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

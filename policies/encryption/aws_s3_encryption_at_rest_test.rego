package plangate.rules.aws_s3_encryption_at_rest_test

import data.plangate.rules.aws_s3_encryption_at_rest as rule
import rego.v1

bucket := {"id": "p#aws_s3_bucket.b", "address": "aws_s3_bucket.b", "configAddress": "aws_s3_bucket.b", "type": "aws_s3_bucket", "source": "terraform", "file": "p", "values": {"bucket": "prd-b"}, "unknown": {"server_side_encryption_configuration": true}, "configured": {"bucket": []}}

sse_config := {"id": "p#aws_s3_bucket_server_side_encryption_configuration.b", "address": "aws_s3_bucket_server_side_encryption_configuration.b", "configAddress": "aws_s3_bucket_server_side_encryption_configuration.b", "type": "aws_s3_bucket_server_side_encryption_configuration", "source": "terraform", "file": "p", "values": {}, "unknown": {"bucket": true}, "references": {"bucket": ["aws_s3_bucket.b"]}}

results(resources) := {"deny": d, "unknown": u} if {
	d := {x.id | some x in rule.deny} with input as {"resources": resources}
	u := {x.id | some x in rule.unknown} with input as {"resources": resources}
}

test_bucket_without_configuration_fails if {
	results([bucket]).deny == {bucket.id}
}

test_bucket_joined_by_reference_passes if {
	r := results([bucket, sse_config])
	count(r.deny) == 0
	count(r.unknown) == 0
}

test_bucket_joined_by_known_name_passes if {
	conf := object.union(sse_config, {"references": {}, "values": {"bucket": "prd-b"}})
	count(results([bucket, conf]).deny) == 0
}

test_inline_encryption_passes if {
	b := object.union(bucket, {"values": {"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}]}, "unknown": {}})
	count(results([b]).deny) == 0
}

# The inline block is written, and its rule is computed from another resource.
test_inline_rule_unknown_is_unknown if {
	b := object.union(bucket, {
		"unknown": {"server_side_encryption_configuration": [{"rule": true}]},
		"configured": {"bucket": [], "server_side_encryption_configuration": [], "server_side_encryption_configuration.rule": [], "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id": ["aws_kms_key.k.arn", "aws_kms_key.k"]},
	})
	r := results([b])
	r.unknown == {bucket.id}
	count(r.deny) == 0
}

test_configuration_in_another_file_does_not_count if {
	conf := object.union(sse_config, {"file": "other.json", "id": "other.json#aws_s3_bucket_server_side_encryption_configuration.b"})
	results([bucket, conf]).deny == {bucket.id}
}

test_message_names_bucket_and_fix if {
	msgs := {x.msg | some x in rule.deny} with input as {"resources": [bucket]}
	some msg in msgs
	contains(msg, "aws_s3_bucket.b")
	contains(msg, "aws_s3_bucket_server_side_encryption_configuration")
}

# Provider 4 and later compute the inline block when it is not written: an unset block is judged, not unknown.
test_unset_computed_block_fails if {
	r := results([bucket])
	r.deny == {bucket.id}
	count(r.unknown) == 0
}

# Without the plan's configuration (a state file), "not set" cannot be told from "known after apply".
test_without_configuration_is_unknown if {
	b := object.remove(bucket, ["configured"])
	r := results([b])
	r.unknown == {bucket.id}
	some x in rule.unknown with input as {"resources": [b]}
	contains(x.msg, "the plan has no configuration")
}

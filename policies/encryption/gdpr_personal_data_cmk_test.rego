package plangate.rules.gdpr_personal_data_cmk_test

import data.plangate.lib.testing as t
import data.plangate.rules.gdpr_personal_data_cmk as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_queue_with_key_reference_passes if {
	r := t.with_refs(t.tf("aws_sqs_queue", "q", {"tags": {"personal-data": "true"}}), {"kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_bucket_with_kms_configuration_passes if {
	b := t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "true"}})
	conf := t.with_refs(t.tf("aws_s3_bucket_server_side_encryption_configuration", "b", {}), {"bucket": ["aws_s3_bucket.b"], "rule.apply_server_side_encryption_by_default.kms_master_key_id": ["aws_kms_key.k"]})
	o := outcome([b, conf])
	o.applies == {b.id}
	count(o.deny) == 0
}

test_bucket_with_aes256_fails if {
	b := t.tf("aws_s3_bucket", "b", {"tags": {"personal-data": "true"}})
	conf := t.with_refs(t.tf("aws_s3_bucket_server_side_encryption_configuration", "b", {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256", "kms_master_key_id": null}]}]}), {"bucket": ["aws_s3_bucket.b"]})
	o := outcome([b, conf])
	o.deny == {b.id}
}

test_personal_queue_without_key_fails if {
	r := t.tf("aws_sqs_queue", "q", {"tags": {"personal-data": "true"}, "kms_master_key_id": null})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "customer-managed key")
}

test_non_personal_store_not_judged if {
	r := t.tf("aws_sqs_queue", "q", {"tags": {"personal-data": "false"}})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

test_key_unknown_without_reference_is_unknown if {
	r := t.with_unknown(t.tf("aws_db_instance", "d", {"storage_encrypted": true, "tags": {"personal-data": "true"}}), {"kms_key_id": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_unencrypted_database_fails_whatever_the_key if {
	r := t.with_unknown(t.tf("aws_db_instance", "d", {"storage_encrypted": false, "tags": {"personal-data": "true"}}), {"kms_key_id": true})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "storage_encrypted = true")
}

package plangate.rules.aws_msk_cmk_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_msk_cmk as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_compliant_passes if {
	r := t.tf("aws_msk_cluster", "x", {"cluster_name": "prd-events", "kafka_version": "3.6.0", "encryption_info": [{"encryption_at_rest_kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_noncompliant_fails if {
	r := t.tf("aws_msk_cluster", "x", {"cluster_name": "prd-events", "kafka_version": "3.6.0", "encryption_info": [{"encryption_at_rest_kms_key_arn": ""}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, r.address)
	contains(m, "encryption_at_rest_kms_key_arn")
}

test_unset_fails if {
	r := t.tf("aws_msk_cluster", "x", {"cluster_name": "prd-events", "kafka_version": "3.6.0", "encryption_info": [{"encryption_at_rest_kms_key_arn": null}]})
	outcome([r]).deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_msk_cluster", "x", {"cluster_name": "prd-events", "kafka_version": "3.6.0"}), {"encryption_info": [{"encryption_at_rest_kms_key_arn": true}]})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"cluster_name": "prd-events", "kafka_version": "3.6.0", "encryption_info": [{"encryption_at_rest_kms_key_arn": ""}]})
	count(outcome([r]).applies) == 0
}

package plangate.rules.aws_eks_secrets_encryption_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_eks_secrets_encryption as rule
import rego.v1

cluster(config) := t.tf("aws_eks_cluster", "main", {"name": "prd-main", "encryption_config": config})

test_secrets_encrypted_passes if {
	r := t.with_unknown(cluster([{"resources": ["secrets"], "provider": [{}]}]), {"encryption_config": [{"provider": [{"key_arn": true}]}]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_no_encryption_config_fails if {
	r := cluster([])
	some o in rule.deny with input as t.doc([r])
	o.id == r.id
	contains(o.msg, "secrets")
}

test_other_resources_only_fails if {
	r := cluster([{"resources": ["configmaps"], "provider": [{"key_arn": "arn:aws:kms:eu-west-1:111122223333:key/x"}]}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

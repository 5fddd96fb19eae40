package plangate.rules.aws_msk_client_authentication_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_msk_client_authentication as rule
import rego.v1

cluster(authentication) := t.tf("aws_msk_cluster", "events", {"cluster_name": "prd-events", "client_authentication": authentication})

test_iam_authentication_passes if {
	r := cluster([{"unauthenticated": false, "sasl": [{"iam": true, "scram": false}], "tls": []}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unauthenticated_fails if {
	r := cluster([{"unauthenticated": true, "sasl": [], "tls": []}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_authentication_block_fails if {
	r := cluster([])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

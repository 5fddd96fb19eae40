package plangate.rules.aws_msk_encryption_in_transit_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_msk_encryption_in_transit as rule
import rego.v1

cluster(transit) := t.tf("aws_msk_cluster", "events", {"cluster_name": "prd-events", "encryption_info": [{"encryption_in_transit": transit}]})

test_tls_passes if {
	r := cluster([{"client_broker": "TLS", "in_cluster": true}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_defaults_pass if {
	r := cluster([])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_tls_plaintext_fails if {
	r := cluster([{"client_broker": "TLS_PLAINTEXT", "in_cluster": true}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "TLS_PLAINTEXT")
}

test_in_cluster_off_fails if {
	r := cluster([{"client_broker": "TLS", "in_cluster": false}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

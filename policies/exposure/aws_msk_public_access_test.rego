package plangate.rules.aws_msk_public_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_msk_public_access as rule
import rego.v1

cluster(type) := t.tf("aws_msk_cluster", "events", {"cluster_name": "prd-events", "broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": [{"public_access": [{"type": type}]}]}]})

test_disabled_passes if {
	r := cluster("DISABLED")
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_public_ips_fail if {
	r := cluster("SERVICE_PROVIDED_EIPS")
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

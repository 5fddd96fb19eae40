package plangate.rules.aws_msk_broker_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_msk_broker_logs as rule
import rego.v1

cluster(broker_logs) := t.tf("aws_msk_cluster", "events", {"cluster_name": "prd-events", "logging_info": [{"broker_logs": [broker_logs]}]})

test_cloudwatch_logs_pass if {
	r := cluster({"cloudwatch_logs": [{"enabled": true, "log_group": "msk"}], "firehose": [], "s3": []})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_destinations_fail if {
	r := cluster({"cloudwatch_logs": [{"enabled": false}], "s3": [{"enabled": false}]})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_logging_info_fails if {
	r := t.tf("aws_msk_cluster", "events", {"cluster_name": "prd-events", "logging_info": []})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

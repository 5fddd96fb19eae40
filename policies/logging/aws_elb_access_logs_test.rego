package plangate.rules.aws_elb_access_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_elb_access_logs as rule
import rego.v1

elb(logs) := t.tf("aws_elb", "web", {"name": "prd-web", "access_logs": logs})

test_enabled_logs_pass if {
	r := elb([{"bucket": "prd-lb-logs", "enabled": true, "interval": 60}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_logs_fail if {
	r := elb([{"bucket": "prd-lb-logs", "enabled": false}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_logs_fail if {
	r := elb([])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

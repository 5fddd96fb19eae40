package plangate.rules.aws_lb_access_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_lb_access_logs as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_logging_enabled_passes if {
	r := t.tf("aws_lb", "x", {"load_balancer_type": "application", "access_logs": [{"enabled": true, "bucket": "prd-logs"}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_no_access_logs_fails if {
	r := t.tf("aws_alb", "x", {"load_balancer_type": "network", "access_logs": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "access_logs")
}

test_disabled_logs_fail if {
	r := t.tf("aws_lb", "x", {"access_logs": [{"enabled": false, "bucket": "prd-logs"}]})
	o := outcome([r])
	o.deny == {r.id}
}

test_gateway_lb_not_judged if {
	r := t.tf("aws_lb", "x", {"load_balancer_type": "gateway", "access_logs": []})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

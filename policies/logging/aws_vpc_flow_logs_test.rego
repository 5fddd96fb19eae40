package plangate.rules.aws_vpc_flow_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_vpc_flow_logs as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_vpc_with_flow_log_passes if {
	v := t.tf("aws_vpc", "main", {"cidr_block": "10.0.0.0/16"})
	f := t.with_refs(t.tf("aws_flow_log", "main", {"traffic_type": "ALL"}), {"vpc_id": ["aws_vpc.main"]})
	o := outcome([v, f])
	o.applies == {v.id}
	count(o.deny) == 0
}

test_flow_log_by_known_id_passes if {
	v := t.tf("aws_vpc", "main", {"id": "vpc-123", "cidr_block": "10.0.0.0/16"})
	f := t.tf("aws_flow_log", "main", {"vpc_id": "vpc-123"})
	o := outcome([v, f])
	count(o.deny) == 0
}

test_vpc_without_flow_log_fails if {
	v := t.tf("aws_vpc", "main", {"cidr_block": "10.0.0.0/16"})
	o := outcome([v])
	o.deny == {v.id}
	some m in messages([v])
	contains(m, v.address)
	contains(m, "aws_flow_log")
}

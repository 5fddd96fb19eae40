package plangate.rules.aws_security_group_admin_ports_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_security_group_admin_ports as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_https_from_anywhere_passes if {
	r := t.tf("aws_security_group", "x", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": []}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_ssh_from_private_range_passes if {
	r := t.tf("aws_security_group", "x", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"], "ipv6_cidr_blocks": null}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_ssh_from_anywhere_fails if {
	r := t.tf("aws_security_group", "x", {"ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": []}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "22")
}

test_range_covering_telnet_fails if {
	r := t.tf("aws_security_group", "x", {"ingress": [{"from_port": 20, "to_port": 25, "protocol": "tcp", "cidr_blocks": null, "ipv6_cidr_blocks": ["::/0"]}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "22, 23")
}

test_all_traffic_rule_fails if {
	r := t.tf("aws_security_group_rule", "x", {"type": "ingress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
	o := outcome([r])
	o.deny == {r.id}
}

test_egress_rule_passes if {
	r := t.tf("aws_security_group_rule", "x", {"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_icmp_passes if {
	r := t.tf("aws_security_group", "x", {"ingress": [{"from_port": 8, "to_port": 22, "protocol": "icmp", "cidr_blocks": ["0.0.0.0/0"]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_vpc_ingress_rule_rdp_fails if {
	r := t.tf("aws_vpc_security_group_ingress_rule", "x", {"from_port": 3389, "to_port": 3389, "ip_protocol": "tcp", "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "3389")
}

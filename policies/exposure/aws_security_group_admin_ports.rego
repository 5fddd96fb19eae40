# METADATA
# title: Administrative ports are not open to the internet
# description: >-
#   No security group rule lets 0.0.0.0/0 or ::/0 reach an administrative or database port (SSH, RDP, WinRM,
#   database and cache ports, the Docker API).
# scope: package
# custom:
#   id: aws-security-group-admin-ports
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: CIS-AWS, id: "5.2" }
#     - { framework: CIS-AWS, id: "5.3" }
#   remediation: Restrict the rule's cidr_blocks to your network or a bastion, or use SSM Session Manager instead of open SSH/RDP.
#   resourceTypes: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   parameters: [admin_ports]
package plangate.rules.aws_security_group_admin_ports

import data.plangate.lib.resources
import rego.v1

types := {"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"}

world := {"0.0.0.0/0", "::/0"}

applies contains r.id if {
	some r in resources.of_types(types)
}

# A list attribute, or [] when it is null or absent (0.12 plans write null for unset lists).
list_of(obj, key) := obj[key] if is_array(obj[key])

else := []

cidrs_of(obj) := array.concat(list_of(obj, "cidr_blocks"), list_of(obj, "ipv6_cidr_blocks"))

# Ingress rules of each shape as {from, to, protocol, cidrs}; the type test sits in the rule body so that one
# resource type has exactly one definition.
ingress(r) := [{"from": i.from_port, "to": i.to_port, "protocol": i.protocol, "cidrs": cidrs_of(i)} |
	some i in list_of(r.values, "ingress")
] if r.type == "aws_security_group"

ingress(r) := [{"from": v.from_port, "to": v.to_port, "protocol": v.protocol, "cidrs": cidrs_of(v)}] if {
	r.type == "aws_security_group_rule"
	v := r.values
	v.type == "ingress"
}

ingress(r) := [{"from": v.from_port, "to": v.to_port, "protocol": v.ip_protocol, "cidrs": [c | some c in [v.cidr_ipv4, v.cidr_ipv6]; is_string(c)]}] if {
	r.type == "aws_vpc_security_group_ingress_rule"
	v := r.values
}

all_protocols := {"-1", "all"}

# ICMP rules carry type and code in the port fields, so they open no port.
port_protocols := {"tcp", "udp", "6", "17"}

covers(rule, _) if rule.protocol in all_protocols

covers(rule, port) if {
	lower(rule.protocol) in port_protocols
	rule.from <= port
	port <= rule.to
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some rule in ingress(r)
	some cidr in rule.cidrs
	cidr in world
	open := sort([p | some p in data.plangate.params.admin_ports; covers(rule, p)])
	count(open) > 0
	msg := sprintf("%s opens port(s) %s to %s; restrict the source range", [r.address, concat(", ", [format_int(p, 10) | some p in open]), cidr])
}

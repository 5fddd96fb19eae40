package plangate.rules.aws_lb_listener_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_lb_listener_tls as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_https_with_modern_policy_passes if {
	r := t.tf("aws_lb_listener", "x", {"protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_http_redirect_passes if {
	r := t.tf("aws_lb_listener", "x", {"protocol": "HTTP", "port": 80, "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS"}]}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_http_forward_fails if {
	r := t.tf("aws_alb_listener", "x", {"protocol": "HTTP", "port": 80, "default_action": [{"type": "forward", "redirect": []}]})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "without TLS")
}

test_outdated_policy_fails if {
	r := t.tf("aws_lb_listener", "x", {"protocol": "HTTPS", "port": 443, "ssl_policy": "ELBSecurityPolicy-2016-08"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "ELBSecurityPolicy-2016-08")
}

test_policy_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_lb_listener", "x", {"protocol": "TLS", "port": 443}), {"ssl_policy": true})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

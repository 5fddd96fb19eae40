package plangate.rules.aws_elb_https_listener_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_elb_https_listener as rule
import rego.v1

elb(listeners) := t.tf("aws_elb", "web", {"name": "prd-web", "listener": listeners})

https := {"lb_port": 443, "lb_protocol": "https", "instance_port": 8080, "instance_protocol": "http", "ssl_certificate_id": "arn:aws:acm:eu-west-1:111122223333:certificate/x"}

test_https_passes if {
	r := elb([https])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_http_listener_fails if {
	r := elb([https, {"lb_port": 80, "lb_protocol": "HTTP", "instance_port": 8080, "instance_protocol": "http"}])
	some o in rule.deny with input as t.doc([r])
	o.id == r.id
	contains(o.msg, "HTTP on port 80")
}

test_tcp_listener_fails if {
	r := elb([{"lb_port": 5432, "lb_protocol": "tcp", "instance_port": 5432, "instance_protocol": "tcp"}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

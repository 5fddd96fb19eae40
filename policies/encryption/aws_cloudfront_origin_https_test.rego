package plangate.rules.aws_cloudfront_origin_https_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_cloudfront_origin_https as rule
import rego.v1

cdn(policy, protocols) := t.tf("aws_cloudfront_distribution", "site", {"enabled": true, "origin": [
	{"origin_id": "s3", "domain_name": "prd-site.s3.amazonaws.com", "custom_origin_config": []},
	{"origin_id": "api", "domain_name": "api.example.com", "custom_origin_config": [{"http_port": 80, "https_port": 443, "origin_protocol_policy": policy, "origin_ssl_protocols": protocols}]},
]})

test_https_only_passes if {
	r := cdn("https-only", ["TLSv1.2"])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_http_only_fails if {
	r := cdn("http-only", ["TLSv1.2"])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "origin api")
}

test_old_protocols_fail if {
	r := cdn("https-only", ["TLSv1", "TLSv1.1", "TLSv1.2"])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "TLSv1, TLSv1.1")
}

package plangate.rules.aws_cloudfront_tls_policy_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_cloudfront_tls_policy as rule
import rego.v1

cdn(certificate) := t.tf("aws_cloudfront_distribution", "site", {"enabled": true, "viewer_certificate": [certificate]})

test_tls12_2021_passes if {
	r := cdn({"acm_certificate_arn": "arn:aws:acm:us-east-1:111122223333:certificate/x", "cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.2_2021", "ssl_support_method": "sni-only"})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_default_certificate_fails if {
	r := cdn({"cloudfront_default_certificate": true, "minimum_protocol_version": "TLSv1"})
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "cloudfront.net")
}

test_old_policy_fails if {
	r := cdn({"acm_certificate_arn": "arn:aws:acm:us-east-1:111122223333:certificate/x", "cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.1_2016"})
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "TLSv1.1_2016")
}

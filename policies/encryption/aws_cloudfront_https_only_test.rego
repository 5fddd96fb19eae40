package plangate.rules.aws_cloudfront_https_only_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_cloudfront_https_only as rule
import rego.v1

cdn(default_policy, ordered) := t.tf("aws_cloudfront_distribution", "site", {"enabled": true, "default_cache_behavior": [{"target_origin_id": "s3", "viewer_protocol_policy": default_policy}], "ordered_cache_behavior": ordered})

test_redirect_passes if {
	r := cdn("redirect-to-https", [{"path_pattern": "/api/*", "target_origin_id": "api", "viewer_protocol_policy": "https-only"}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_default_allow_all_fails if {
	r := cdn("allow-all", [])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "default cache behaviour")
}

test_ordered_allow_all_fails if {
	r := cdn("redirect-to-https", [{"path_pattern": "/img/*", "target_origin_id": "s3", "viewer_protocol_policy": "allow-all"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "path /img/*")
}

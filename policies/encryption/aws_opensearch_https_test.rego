package plangate.rules.aws_opensearch_https_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_opensearch_https as rule
import rego.v1

domain(options) := t.tf("aws_opensearch_domain", "search", {"domain_name": "prd-search", "domain_endpoint_options": options})

test_https_tls12_passes if {
	r := domain([{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_http_allowed_fails if {
	r := domain([{"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "enforce_https")
}

test_tls10_policy_fails if {
	r := domain([{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "TLS versions before 1.2")
}

test_unset_options_fail if {
	r := t.tf("aws_elasticsearch_domain", "legacy", {"domain_name": "prd-legacy", "domain_endpoint_options": []})
	count(rule.deny) == 2 with input as t.doc([r])
}

test_unknown_policy_is_unknown if {
	r := t.with_unknown(domain([{"enforce_https": true}]), {"domain_endpoint_options": [{"tls_security_policy": true}]})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

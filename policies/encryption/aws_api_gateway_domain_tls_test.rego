package plangate.rules.aws_api_gateway_domain_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_api_gateway_domain_tls as rule
import rego.v1

domain(policy) := t.tf("aws_api_gateway_domain_name", "api", {"domain_name": "api.example.com", "security_policy": policy})

test_tls12_passes if {
	r := domain("TLS_1_2")
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_enhanced_policy_passes if {
	r := domain("SecurityPolicy_TLS13_1_3_2025_09")
	count(rule.deny) == 0 with input as t.doc([r])
}

test_tls10_fails if {
	r := domain("TLS_1_0")
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := domain(null)
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_api_gateway_domain_name", "api", {"domain_name": "api.example.com"}), {"security_policy": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_api_gateway_cache_encrypted_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_api_gateway_cache_encrypted as rule
import rego.v1

settings(values) := t.tf("aws_api_gateway_method_settings", "all", {"method_path": "*/*", "settings": [values]})

test_encrypted_cache_passes if {
	r := settings({"caching_enabled": true, "cache_data_encrypted": true})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unencrypted_cache_fails if {
	r := settings({"caching_enabled": true, "cache_data_encrypted": false})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_cache_not_judged if {
	r := settings({"caching_enabled": false, "metrics_enabled": true})
	count(rule.applies) == 0 with input as t.doc([r])
}

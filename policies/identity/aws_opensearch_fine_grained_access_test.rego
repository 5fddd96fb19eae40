package plangate.rules.aws_opensearch_fine_grained_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_opensearch_fine_grained_access as rule
import rego.v1

domain(options) := t.tf("aws_opensearch_domain", "search", {"domain_name": "prd-search", "advanced_security_options": options})

test_enabled_passes if {
	r := domain([{"enabled": true, "internal_user_database_enabled": false}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_disabled_fails if {
	r := domain([{"enabled": false}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := domain([])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_opensearch_audit_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_opensearch_audit_logs as rule
import rego.v1

domain(options) := t.tf("aws_opensearch_domain", "search", {"domain_name": "prd-search", "log_publishing_options": options})

test_audit_logs_pass if {
	r := domain([{"log_type": "AUDIT_LOGS", "enabled": true}, {"log_type": "ES_APPLICATION_LOGS", "enabled": true}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_application_logs_only_fail if {
	r := domain([{"log_type": "ES_APPLICATION_LOGS", "enabled": true}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_disabled_audit_logs_fail if {
	r := domain([{"log_type": "AUDIT_LOGS", "enabled": false}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_no_options_fail if {
	r := domain([])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

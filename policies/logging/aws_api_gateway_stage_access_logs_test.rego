package plangate.rules.aws_api_gateway_stage_access_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_api_gateway_stage_access_logs as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_compliant_passes if {
	r := t.tf("aws_api_gateway_stage", "x", {"stage_name": "prd", "access_log_settings": [{"destination_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:api", "format": "$context.requestId"}]})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_noncompliant_fails if {
	r := t.tf("aws_apigatewayv2_stage", "x", {"stage_name": "prd", "access_log_settings": []})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, r.address)
	contains(m, "access_log_settings")
}

test_unset_fails if {
	r := t.tf("aws_api_gateway_stage", "x", {"stage_name": "prd", "access_log_settings": [{"destination_arn": null}]})
	outcome([r]).deny == {r.id}
}

test_known_after_apply_is_unknown if {
	r := t.with_unknown(t.tf("aws_api_gateway_stage", "x", {"stage_name": "prd"}), {"access_log_settings": [{"destination_arn": true}]})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_other_types_not_judged if {
	r := t.tf("aws_instance", "x", {"stage_name": "prd", "access_log_settings": []})
	count(outcome([r]).applies) == 0
}

package plangate.rules.aws_lambda_permission_public_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_lambda_permission_public as rule
import rego.v1

permission(values) := t.tf("aws_lambda_permission", "invoke", object.union({"action": "lambda:InvokeFunction", "function_name": "prd-api"}, values))

test_service_principal_passes if {
	r := permission({"principal": "events.amazonaws.com", "source_arn": "arn:aws:events:eu-west-1:111122223333:rule/nightly"})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_star_principal_fails if {
	r := permission({"principal": "*", "source_arn": null, "source_account": null})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_star_principal_with_org_passes if {
	r := permission({"principal": "*", "principal_org_id": "o-abc123"})
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unknown_principal_is_unknown if {
	r := t.with_unknown(permission({}), {"principal": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

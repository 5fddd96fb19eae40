package plangate.rules.k8s_env_credential_values_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_env_credential_values as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

judged(resources) := a if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

with_env(env) := t.deployment([t.container_with({"env": env})])

test_plain_values_pass if {
	r := with_env([{"name": "LOG_LEVEL", "value": "info"}, {"name": "API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "api", "key": "token"}}}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_aws_key_fails_and_is_masked if {
	r := with_env([{"name": "UPLOAD_ID", "value": "AKIAIOSFODNN7EXAMPLE"}])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "an AWS access key id (AKIA****)")
	not contains(m, "IOSFODNN7EXAMPLE")
}

test_github_and_slack_tokens_fail if {
	r := with_env([{"name": "A", "value": "ghp_0123456789abcdefghijABCDEFGHIJ012345"}, {"name": "B", "value": "xoxb-123456789012-abcdefghij"}])
	count(messages([r])) == 2
}

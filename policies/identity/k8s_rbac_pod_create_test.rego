package plangate.rules.k8s_rbac_pod_create_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_rbac_pod_create as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

role(rules) := t.object_of("Role", "r", {"rules": rules})

test_deployment_managers_and_pod_readers_pass if {
	r := role([{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["create", "update"]}, {"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]}])
	count(denied([r])) == 0
}

test_pod_create_fails if {
	r := role([{"apiGroups": [""], "resources": ["pods"], "verbs": ["create", "delete"]}])
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s allows create on pods (rule 0); let controllers create pods and keep exec for break-glass roles", [r.address])}
}

test_exec_through_wildcard_verb_fails if {
	r := role([{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["*"]}])
	some m in messages([r])
	contains(m, "pods/exec")
}

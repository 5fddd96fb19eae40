package plangate.rules.k8s_rbac_no_wildcards_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_rbac_no_wildcards as rule
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

role(kind, rules) := t.object_of(kind, "r", {"rules": rules})

test_explicit_rules_pass if {
	r := role("Role", [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["get", "list"]}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_wildcard_verbs_fail if {
	r := role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}, {"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s grants a wildcard in rule 1 (verbs, resources, apiGroups); list what the subject needs instead of \"*\"", [r.address])}
}

test_non_roles_are_not_judged if count(judged([t.object_of("ConfigMap", "c", {"data": {"a": "*"}})])) == 0

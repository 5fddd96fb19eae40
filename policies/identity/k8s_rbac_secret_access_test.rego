package plangate.rules.k8s_rbac_secret_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_rbac_secret_access as rule
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

role(rules) := t.object_of("Role", "r", {"rules": rules})

test_named_secret_and_configmaps_pass if {
	r := role([{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["tls"], "verbs": ["get"]}, {"apiGroups": [""], "resources": ["configmaps"], "verbs": ["list"]}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_secret_list_fails if {
	r := role([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list", "watch"]}])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

test_wildcard_resources_fail if count(denied([role([{"apiGroups": ["*"], "resources": ["*"], "verbs": ["get"]}])])) == 1

test_other_group_secrets_pass if count(denied([role([{"apiGroups": ["example.com"], "resources": ["secrets"], "verbs": ["get"]}])])) == 0

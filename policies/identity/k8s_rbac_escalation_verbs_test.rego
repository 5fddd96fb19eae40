package plangate.rules.k8s_rbac_escalation_verbs_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_rbac_escalation_verbs as rule
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

role(rules) := t.object_of("ClusterRole", "r", {"rules": rules})

test_plain_verbs_pass if {
	r := role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["get", "list"]}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_bind_and_escalate_fail if {
	r := role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind", "escalate"]}])
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s grants bind, escalate (rule 0), which lets its subjects raise their own permissions; remove it", [r.address])}
}

test_impersonate_through_wildcard_verb_fails if {
	r := role([{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["*"]}])
	some m in messages([r])
	contains(m, "impersonate")
}

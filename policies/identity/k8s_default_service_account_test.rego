package plangate.rules.k8s_default_service_account_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_default_service_account as rule
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

account(name, values) := t.object_of("ServiceAccount", name, values)

test_opted_out_default_passes if {
	r := account("default", {"automountServiceAccountToken": false})
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_other_accounts_are_not_judged if count(judged([account("web", {})])) == 0

test_default_account_fails if {
	r := account("default", {})
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

package plangate.rules.k8s_no_privilege_escalation_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_privilege_escalation as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_disallowed_passes if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_allowed_fails if {
	r := t.deployment([t.container_with({"securityContext": {"allowPrivilegeEscalation": true}})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "allowPrivilegeEscalation")
}

test_unset_fails if {
	r := t.deployment([object.remove(t.container, ["securityContext"])])
	o := outcome([r])
	o.deny == {r.id}
}

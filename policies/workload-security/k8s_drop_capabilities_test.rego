package plangate.rules.k8s_drop_capabilities_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_drop_capabilities as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_drop_all_passes if {
	r := t.deployment([t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_drop_all_with_bind_service_passes if {
	r := t.deployment([t.container_with({"securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE"]}}})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_default_capabilities_fail if {
	r := t.deployment([object.union(object.remove(t.container, ["securityContext"]), {"securityContext": {"runAsNonRoot": true}})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "drop")
}

test_sys_admin_fails if {
	r := t.deployment([t.container_with({"securityContext": {"capabilities": {"add": ["CAP_SYS_ADMIN"]}}})])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "CAP_SYS_ADMIN")
}

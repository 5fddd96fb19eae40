package plangate.rules.k8s_baseline_capabilities_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_baseline_capabilities as rule
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

caps(add) := t.deployment([t.container_with({"securityContext": {"capabilities": {"drop": ["ALL"], "add": add}}})])

test_default_set_passes if {
	r := caps(["NET_BIND_SERVICE", "CHOWN", "cap_setuid"])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_sys_admin_fails if {
	r := caps(["CAP_SYS_ADMIN"])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "CAP_SYS_ADMIN")
}

test_net_raw_and_all_fail if {
	r := caps(["NET_RAW", "ALL"])
	count(messages([r])) == 2
}

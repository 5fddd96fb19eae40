package plangate.rules.k8s_restricted_capabilities_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_restricted_capabilities as rule
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

test_net_bind_service_passes if {
	r := caps(["NET_BIND_SERVICE"])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_no_additions_pass if count(denied([t.deployment([t.container])])) == 0

test_chown_fails if {
	r := caps(["CHOWN"])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, "CHOWN")
	contains(m, r.address)
}

test_windows_pods_are_exempt if count(judged([t.workload("Pod", "win", {"os": {"name": "windows"}}, [t.container_with({"securityContext": {"capabilities": {"add": ["CHOWN"]}}})])])) == 0

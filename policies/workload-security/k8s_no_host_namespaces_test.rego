package plangate.rules.k8s_no_host_namespaces_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_host_namespaces as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_isolated_pod_passes if {
	r := t.workload("Deployment", "web", {"hostNetwork": false}, [t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_host_pid_and_ipc_fail if {
	r := t.workload("DaemonSet", "agent", {"hostPID": true, "hostIPC": true}, [t.container])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "hostPID, hostIPC")
}

package plangate.rules.k8s_no_host_path_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_host_path as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_empty_dir_passes if {
	r := t.workload("Deployment", "web", {"volumes": [{"name": "tmp", "emptyDir": {}}]}, [t.container])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_docker_socket_fails if {
	r := t.workload("DaemonSet", "agent", {"volumes": [{"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}}]}, [t.container])
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "/var/run/docker.sock")
}

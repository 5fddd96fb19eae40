package plangate.rules.k8s_no_host_ports_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_host_ports as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_container_port_only_passes if {
	r := t.deployment([t.container_with({"ports": [{"containerPort": 8080}, {"containerPort": 9090, "hostPort": 0}]})])
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
}

test_host_port_fails if {
	r := t.deployment([t.container_with({"ports": [{"containerPort": 8080, "hostPort": 80}]})])
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "host port 80")
}

test_host_port_of_init_container_fails if {
	base := t.deployment([t.container])
	init := object.union(t.container_with({"ports": [{"containerPort": 53, "hostPort": 53}]}), {"name": "init", "containerType": "initContainer"})
	r := object.union(base, {"pod": {"containers": array.concat(base.pod.containers, [init])}})
	outcome([r]).deny == {r.id}
}

test_non_workloads_are_not_judged if {
	svc := t.object_of("Service", "web", {"spec": {"ports": [{"port": 80}]}})
	count(outcome([svc]).applies) == 0
}

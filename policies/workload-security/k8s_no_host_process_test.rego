package plangate.rules.k8s_no_host_process_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_no_host_process as rule
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

test_regular_windows_pod_passes if {
	r := t.workload("Pod", "p", {"securityContext": {"windowsOptions": {"runAsUserName": "ContainerUser"}}}, [t.container])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_host_process_pod_fails if {
	r := t.workload("Pod", "p", {"securityContext": {"windowsOptions": {"hostProcess": true}}, "hostNetwork": true}, [t.container])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

test_host_process_container_fails if {
	r := t.deployment([t.container_with({"securityContext": {"windowsOptions": {"hostProcess": true}}})])
	denied([r]) == {r.id}
}

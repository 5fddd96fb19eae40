package plangate.rules.k8s_safe_sysctls_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_safe_sysctls as rule
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

sysctls(names) := t.workload("Pod", "p", {"securityContext": {"sysctls": [{"name": n, "value": "1"} | some n in names]}}, [t.container])

test_safe_sysctls_pass if {
	r := sysctls(["net.ipv4.ip_local_port_range", "kernel.shm_rmid_forced"])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_unsafe_sysctl_fails if {
	r := sysctls(["kernel.msgmax", "net.ipv4.tcp_syncookies"])
	denied([r]) == {r.id}
	messages([r]) == {sprintf("%s sets the unsafe sysctl kernel.msgmax; remove it", [r.address])}
}

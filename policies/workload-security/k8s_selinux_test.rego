package plangate.rules.k8s_selinux_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_selinux as rule
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

test_container_types_pass if {
	r := t.workload("Pod", "p", {"securityContext": {"seLinuxOptions": {"type": "container_t", "level": "s0:c123,c456"}}}, [t.container_with({"securityContext": {"seLinuxOptions": {"type": "container_init_t"}}})])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_spc_type_fails if {
	r := t.deployment([t.container_with({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}})])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "spc_t")
}

test_user_and_role_fail if {
	r := t.workload("Pod", "p", {"securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r"}}}, [t.container])
	count(messages([r])) == 2
}

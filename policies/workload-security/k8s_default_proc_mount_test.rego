package plangate.rules.k8s_default_proc_mount_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_default_proc_mount as rule
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

test_default_proc_mount_passes if {
	r := t.deployment([t.container_with({"securityContext": {"procMount": "Default"}}), object.union(t.container, {"name": "b"})])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_unmasked_fails if {
	r := t.deployment([t.container_with({"securityContext": {"procMount": "Unmasked"}})])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "Unmasked")
}

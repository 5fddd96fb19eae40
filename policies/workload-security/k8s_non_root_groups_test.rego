package plangate.rules.k8s_non_root_groups_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_non_root_groups as rule
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

test_non_zero_groups_pass if {
	r := t.workload("Pod", "p", {"securityContext": {"runAsGroup": 10001, "fsGroup": 10001, "supplementalGroups": [2000]}}, [t.container])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_root_fs_group_fails if {
	r := t.workload("Pod", "p", {"securityContext": {"fsGroup": 0}}, [t.container])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "fsGroup")
}

test_root_supplemental_and_container_group_fail if {
	r := t.workload("Pod", "p", {"securityContext": {"supplementalGroups": [0]}}, [t.container_with({"securityContext": {"runAsGroup": 0}})])
	count(messages([r])) == 2
}

package plangate.rules.k8s_service_account_token_automount_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_service_account_token_automount as rule
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

account(name, automount) := object.union(t.object_of("ServiceAccount", name, {"automountServiceAccountToken": automount}), {"namespace": "default"})

test_pod_opt_out_passes if {
	r := t.workload("Deployment", "web", {"automountServiceAccountToken": false}, [t.container])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_explicit_opt_in_passes if count(denied([t.workload("Deployment", "op", {"automountServiceAccountToken": true}, [t.container])])) == 0

test_account_decides if {
	r := t.workload("Deployment", "web", {"serviceAccountName": "web"}, [t.container])
	count(denied([r, account("web", false)])) == 0
}

unknowns(resources) := u if {
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

test_account_outside_the_input_is_unknown if {
	r := t.workload("Deployment", "web", {"serviceAccountName": "web"}, [t.container])
	count(denied([r])) == 0
	unknowns([r]) == {r.id}
}

test_account_without_the_setting_fails if {
	r := t.workload("Deployment", "web", {"serviceAccountName": "web"}, [t.container])
	sa := object.union(t.object_of("ServiceAccount", "web", {}), {"namespace": "default"})
	denied([r, sa]) == {r.id}
}

test_default_mount_fails if {
	r := t.deployment([t.container])
	denied([r, account("other", false)]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "service account default")
}

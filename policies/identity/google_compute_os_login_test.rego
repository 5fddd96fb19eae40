package plangate.rules.google_compute_os_login_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_compute_os_login as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

vm(metadata) := t.tf("google_compute_instance", "vm", {"name": "prd-vm", "machine_type": "e2-small", "zone": "europe-west1-b", "metadata": metadata})

test_instance_os_login_passes if passes(vm({"enable-oslogin": "TRUE"}))

test_project_os_login_covers_instances if {
	r := vm(null)
	project := t.tf("google_compute_project_metadata_item", "oslogin", {"key": "enable-oslogin", "value": "TRUE"})
	outcome([r, project]).deny == set()
}

test_missing_os_login_in_instance_and_project_fails if {
	r := vm({"startup-script": "echo hi"})
	project := t.tf("google_compute_project_metadata", "p", {"metadata": {"block-project-ssh-keys": "TRUE"}})
	outcome([r, project]).deny == {r.id}
}

test_project_outside_the_input_is_unknown if {
	r := vm({"startup-script": "echo hi"})
	outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": {r.id}}
}

test_disabled_os_login_fails if fails(vm({"enable-oslogin": "FALSE"}))

test_disabled_os_login_fails_despite_project if {
	r := vm({"enable-oslogin": "false"})
	project := t.tf("google_compute_project_metadata", "p", {"metadata": {"enable-oslogin": "TRUE"}})
	outcome([r, project]).deny == {r.id}
}

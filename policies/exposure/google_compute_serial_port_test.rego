package plangate.rules.google_compute_serial_port_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_compute_serial_port as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
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

vm(metadata) := t.tf("google_compute_instance", "vm", {"name": "prd-vm", "metadata": metadata})

test_no_serial_port_passes if {
	passes(vm({"enable-oslogin": "TRUE"}))
	passes(vm({"serial-port-enable": "FALSE"}))
	passes(vm(null))
}

test_serial_port_fails if fails(vm({"serial-port-enable": "TRUE"}))

test_serial_port_as_number_fails if fails(vm({"serial-port-enable": 1}))

test_project_serial_port_is_inherited if {
	project := t.tf("google_compute_project_metadata_item", "serial", {"key": "serial-port-enable", "value": "TRUE"})
	r := vm({"enable-oslogin": "TRUE"})
	outcome([r, project]).deny == {r.id}
	outcome([vm({"serial-port-enable": "FALSE"}), project]).deny == set()
}

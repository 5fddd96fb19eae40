package plangate.rules.google_compute_shielded_vm_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_compute_shielded_vm as rule
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

vm(config) := t.tf("google_compute_instance", "vm", {"name": "prd-vm", "shielded_instance_config": config})

test_full_shielded_vm_passes if {
	passes(vm([{"enable_secure_boot": true, "enable_vtpm": true, "enable_integrity_monitoring": true}]))
	passes(vm([{"enable_secure_boot": true, "enable_vtpm": null, "enable_integrity_monitoring": null}]))
}

test_without_block_secure_boot_is_off if {
	r := vm([])
	fails(r)
	messages([r]) == {sprintf("%s is not a full Shielded VM (enable_secure_boot off); set them to true in shielded_instance_config", [r.address])}
}

test_vtpm_off_fails if fails(vm([{"enable_secure_boot": true, "enable_vtpm": false, "enable_integrity_monitoring": true}]))

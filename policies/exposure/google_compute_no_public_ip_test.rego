package plangate.rules.google_compute_no_public_ip_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_compute_no_public_ip as rule
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

vm(nic) := t.tf("google_compute_instance", "vm", {"name": "prd-vm", "network_interface": [nic]})

test_private_interface_passes if {
	passes(vm({"network": "default", "access_config": []}))
	passes(vm({"network": "default", "access_config": null}))
}

test_access_config_fails if fails(vm({"network": "default", "access_config": [{"nat_ip": "", "network_tier": "PREMIUM"}]}))

test_template_with_access_config_fails if fails(t.tf("google_compute_instance_template", "tpl", {"network_interface": [{"access_config": [{}]}]}))

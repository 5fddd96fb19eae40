package plangate.rules.k8s_restricted_volume_types_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_restricted_volume_types as rule
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

volumes(vs) := t.workload("Deployment", "web", {"volumes": vs}, [t.container])

test_allowed_volumes_pass if {
	r := volumes([{"name": "tmp", "emptyDir": {}}, {"name": "cfg", "configMap": {"name": "cfg"}}, {"name": "data", "persistentVolumeClaim": {"claimName": "data"}}])
	judged([r]) == {r.id}
	count(denied([r])) == 0
}

test_nfs_fails if {
	r := volumes([{"name": "share", "nfs": {"server": "nfs.example.com", "path": "/export"}}])
	denied([r]) == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "nfs")
}

test_host_path_fails if {
	r := volumes([{"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}}])
	denied([r]) == {r.id}
}

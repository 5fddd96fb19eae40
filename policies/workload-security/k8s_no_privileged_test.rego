package plangate.rules.k8s_no_privileged_test

import data.plangate.rules.k8s_no_privileged as rule
import rego.v1

workload(containers) := {"id": "m#Deployment/default/web", "address": "Deployment/default/web", "kind": "Deployment", "type": "Deployment", "source": "kubernetes", "pod": {"spec": {}, "containers": containers}}

denied(resources) := ids if {
	ids := {d.id | some d in rule.deny} with input as {"resources": resources}
}

test_privileged_container_fails if {
	r := workload([{"name": "a", "containerType": "container", "securityContext": {"privileged": true}}])
	denied([r]) == {r.id}
}

test_privileged_init_container_fails if {
	r := workload([{"name": "init", "containerType": "initContainer", "securityContext": {"privileged": true}}])
	denied([r]) == {r.id}
}

test_unprivileged_passes if {
	r := workload([{"name": "a", "containerType": "container", "securityContext": {"privileged": false}}, {"name": "b", "containerType": "container"}])
	count(denied([r])) == 0
}

test_non_workloads_not_judged if {
	apps := rule.applies with input as {"resources": [{"id": "x", "kind": "Service", "source": "kubernetes"}]}
	count(apps) == 0
}

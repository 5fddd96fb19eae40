# METADATA
# title: Containers do not run privileged
# description: >-
#   A privileged container has every capability of the host and can escape its isolation; no container,
#   init container or ephemeral container of a workload runs with securityContext.privileged.
# scope: package
# custom:
#   id: k8s-no-privileged-containers
#   severity: critical
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/privileged" }
#     - { framework: CIS-K8S, id: "5.2.2" }
#     - { framework: ISO27001:2022, id: A.8.9 }
#     - { framework: NSA-CISA-K8S, id: "Pod security: non-privileged containers" }
#   remediation: "Remove `privileged: true` from the container's securityContext (set it to false)."
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_no_privileged

import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	c.securityContext.privileged == true
	msg := sprintf("%s: %s %s runs privileged; set securityContext.privileged to false", [r.address, c.containerType, c.name])
}

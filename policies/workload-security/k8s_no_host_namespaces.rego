# METADATA
# title: Pods do not share host namespaces
# description: Pods do not use the host's network, process or IPC namespaces (hostNetwork, hostPID, hostIPC).
# scope: package
# custom:
#   id: k8s-no-host-namespaces
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/host-namespaces" }
#     - { framework: CIS-K8S, id: "5.2.3" }
#     - { framework: CIS-K8S, id: "5.2.4" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#   remediation: Remove hostNetwork, hostPID and hostIPC from the pod spec (or set them to false).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_no_host_namespaces

import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	r.pod
	shared := [key | some key in ["hostNetwork", "hostPID", "hostIPC"]; r.pod.spec[key] == true]
	count(shared) > 0
	msg := sprintf("%s shares the host's namespaces (%s); set them to false", [r.address, concat(", ", shared)])
}

# METADATA
# title: Pods do not run with the root group
# description: >-
#   No pod or container sets runAsGroup, fsGroup or supplementalGroups to 0: membership of the root group grants
#   access to files the image leaves group-readable or writable by root (Pod Security Standards, non-root groups).
# scope: package
# custom:
#   id: k8s-non-root-groups
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/non-root-groups" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Set runAsGroup and fsGroup to a non-zero group id and remove 0 from supplementalGroups.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_non_root_groups

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some key in ["runAsGroup", "fsGroup"]
	pod_security.pod_context(r)[key] == 0
	msg := sprintf("%s sets the pod's %s to 0 (root); use a non-zero group id", [r.address, key])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	0 in pod_security.pod_context(r).supplementalGroups
	msg := sprintf("%s lists group 0 (root) in supplementalGroups; remove it", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	pod_security.container_context(c).runAsGroup == 0
	msg := sprintf("%s sets runAsGroup to 0 (root); use a non-zero group id", [pod_security.describe(r, c)])
}

# METADATA
# title: Pods do not switch seccomp off
# description: >-
#   No pod or container sets its seccomp profile to Unconfined, which lets the process make every system call
#   the kernel offers (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-seccomp-not-unconfined
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/seccomp" }
#     - { framework: CIS-K8S, id: "5.7.2" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#   remediation: Set seccompProfile.type to RuntimeDefault (or Localhost with a profile loaded on the nodes).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_seccomp_not_unconfined

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	pod_security.pod_context(r).seccompProfile.type == "Unconfined"
	msg := sprintf("%s sets the pod's seccomp profile to Unconfined; use RuntimeDefault", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	pod_security.container_context(c).seccompProfile.type == "Unconfined"
	msg := sprintf("%s sets its seccomp profile to Unconfined; use RuntimeDefault", [pod_security.describe(r, c)])
}

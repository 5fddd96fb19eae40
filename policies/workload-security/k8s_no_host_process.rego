# METADATA
# title: Windows pods do not run as host processes
# description: >-
#   No pod or container sets windowsOptions.hostProcess = true, which runs the container as a process on the
#   Windows node with the node's privileges (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-no-host-process
#   severity: critical
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/host-process" }
#     - { framework: CIS-K8S, id: "5.2.11" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Remove windowsOptions.hostProcess (or set it to false) and run the workload as a regular container.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_no_host_process

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	pod_security.pod_context(r).windowsOptions.hostProcess == true
	msg := sprintf("%s runs as a Windows host process; remove windowsOptions.hostProcess", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	pod_security.container_context(c).windowsOptions.hostProcess == true
	msg := sprintf("%s runs as a Windows host process; remove windowsOptions.hostProcess", [pod_security.describe(r, c)])
}

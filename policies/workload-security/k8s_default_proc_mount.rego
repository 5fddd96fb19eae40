# METADATA
# title: Containers keep the default /proc mount
# description: >-
#   No container sets securityContext.procMount to Unmasked, which exposes the host's /proc paths that the
#   runtime otherwise masks (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-default-proc-mount
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/proc-mount" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#   remediation: Remove securityContext.procMount (or set it to Default).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_default_proc_mount

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	mount := pod_security.container_context(c).procMount
	mount != "Default"
	msg := sprintf("%s sets procMount to %s; remove it so /proc stays masked", [pod_security.describe(r, c), mount])
}

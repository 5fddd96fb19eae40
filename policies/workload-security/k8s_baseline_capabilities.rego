# METADATA
# title: Containers add only the capabilities the baseline allows
# description: >-
#   Containers add no Linux capability beyond the runtime's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER,
#   FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT): anything else
#   (SYS_ADMIN, NET_ADMIN, NET_RAW, ALL ...) opens paths to the node (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-baseline-capabilities
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/capabilities" }
#     - { framework: CIS-K8S, id: "5.2.9" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "2.2.1" }
#   remediation: Remove the capability from securityContext.capabilities.add, or replace it with one of the default set.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_baseline_capabilities

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	some cap in c.securityContext.capabilities.add
	not pod_security.capability(cap) in pod_security.baseline_capabilities
	msg := sprintf("%s adds the capability %s, which the baseline Pod Security Standard forbids; remove it", [pod_security.describe(r, c), cap])
}

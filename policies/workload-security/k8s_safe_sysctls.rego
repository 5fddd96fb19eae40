# METADATA
# title: Pods set only safe sysctls
# description: >-
#   spec.securityContext.sysctls names only the sysctls Kubernetes counts as safe (namespaced and isolated
#   between pods, such as net.ipv4.ip_local_port_range); others change the node's kernel for every pod on it
#   (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-safe-sysctls
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/sysctls" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#   remediation: Remove the sysctl from the pod, or set it on dedicated nodes through the kubelet's allowed-unsafe-sysctls.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_safe_sysctls

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some sysctl in pod_security.pod_context(r).sysctls
	not sysctl.name in pod_security.safe_sysctls
	msg := sprintf("%s sets the unsafe sysctl %s; remove it", [r.address, sysctl.name])
}

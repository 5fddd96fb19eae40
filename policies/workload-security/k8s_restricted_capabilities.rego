# METADATA
# title: Containers add back no capability but NET_BIND_SERVICE
# description: >-
#   After dropping ALL capabilities, a container adds back at most NET_BIND_SERVICE (Pod Security Standards,
#   restricted; pods declaring spec.os.name = windows are exempt, as in the standard). Dropping ALL is judged by
#   k8s-drop-capabilities; this rule judges what is added.
# scope: package
# custom:
#   id: k8s-restricted-capabilities
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/capabilities" }
#     - { framework: CIS-K8S, id: "5.2.10" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Remove every capability but NET_BIND_SERVICE from securityContext.capabilities.add.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_restricted_capabilities

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.linux_workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.linux_workloads
	some c in r.pod.containers
	some cap in c.securityContext.capabilities.add
	not pod_security.capability(cap) in pod_security.restricted_capabilities
	msg := sprintf("%s adds the capability %s; the restricted Pod Security Standard allows only NET_BIND_SERVICE", [pod_security.describe(r, c), cap])
}

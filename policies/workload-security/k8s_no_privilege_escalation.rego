# METADATA
# title: Containers cannot escalate privileges
# description: >-
#   Every container sets securityContext.allowPrivilegeEscalation to false, so a process cannot gain more
#   privileges than its parent (setuid binaries, file capabilities).
# scope: package
# custom:
#   id: k8s-no-privilege-escalation
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/privilege-escalation" }
#     - { framework: CIS-K8S, id: "5.2.5" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: NSA-CISA-K8S, id: "Pod security: non-root containers and privilege escalation" }
#   remediation: Set securityContext.allowPrivilegeEscalation = false on every container.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_no_privilege_escalation

import data.plangate.lib.workloads
import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	not c.securityContext.allowPrivilegeEscalation == false
	msg := sprintf("%s may escalate privileges; set securityContext.allowPrivilegeEscalation to false", [workloads.describe(r, c)])
}

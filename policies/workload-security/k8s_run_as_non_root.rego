# METADATA
# title: Containers run as a non-root user
# description: >-
#   Every container runs with runAsNonRoot = true (its own or the pod's) and no container sets runAsUser 0,
#   so a compromised process does not hold root inside the container.
# scope: package
# custom:
#   id: k8s-run-as-non-root
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: CIS-K8S, id: "5.2.6" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#   remediation: Set securityContext.runAsNonRoot = true and a non-zero runAsUser on the pod or each container.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_run_as_non_root

import data.plangate.lib.workloads
import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	not non_root(r, c)
	msg := sprintf("%s may run as root; set securityContext.runAsNonRoot = true (or a non-zero runAsUser)", [workloads.describe(r, c)])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	workloads.effective(r, c, "runAsUser") == 0
	msg := sprintf("%s runs as user 0 (root); set a non-zero runAsUser", [workloads.describe(r, c)])
}

# The container runs as a non-root user. Negated as a whole: a negated comparison over a setting that is absent
# would be undefined (OPA binds the call's value before the negation) and the rule would never fire.
non_root(r, c) if workloads.effective(r, c, "runAsNonRoot") == true

non_root(r, c) if workloads.effective(r, c, "runAsUser") > 0

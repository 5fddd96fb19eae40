# METADATA
# title: Long-running containers have liveness and readiness probes
# description: >-
#   Containers of long-running workloads (not Jobs or CronJobs) declare liveness and readiness probes, so
#   failed instances are restarted and kept out of service.
# scope: package
# custom:
#   id: k8s-probes
#   severity: low
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.14" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#   remediation: Add livenessProbe and readinessProbe (httpGet, tcpSocket, grpc or exec) to each container.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController]
package plangate.rules.k8s_probes

import data.plangate.lib.workloads
import rego.v1

long_running(r) if {
	r.pod
	not r.kind in workloads.batch_kinds
}

applies contains r.id if {
	some r in input.resources
	long_running(r)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	long_running(r)
	some c in workloads.regular(r)
	missing := [p | some p in ["livenessProbe", "readinessProbe"]; not c[p]]
	count(missing) > 0
	msg := sprintf("%s has no %s", [workloads.describe(r, c), concat(" or ", missing)])
}

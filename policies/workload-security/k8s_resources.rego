# METADATA
# title: Containers declare CPU and memory requests and limits
# description: Every container requests and limits CPU and memory, so one workload cannot starve its neighbours.
# scope: package
# custom:
#   id: k8s-resource-limits
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.6" }
#     - { framework: NSA-CISA-K8S, id: "Resource policies" }
#   remediation: Set resources.requests and resources.limits for cpu and memory on every container.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_resources

import data.plangate.lib.workloads
import rego.v1

wanted := [["requests", "cpu"], ["requests", "memory"], ["limits", "cpu"], ["limits", "memory"]]

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	c.containerType != "ephemeralContainer"
	missing := [concat(".", w) | some w in wanted; not c.resources[w[0]][w[1]]]
	count(missing) > 0
	msg := sprintf("%s does not set resources %s", [workloads.describe(r, c), concat(", ", missing)])
}

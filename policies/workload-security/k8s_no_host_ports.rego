# METADATA
# title: Containers do not bind host ports
# description: >-
#   No container publishes a port on the node's network interface (ports[].hostPort), which would bypass network
#   policies and expose the workload on every address of the node (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-no-host-ports
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/host-ports" }
#     - { framework: CIS-K8S, id: "5.2.13" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.3.1" }
#   remediation: Remove hostPort from the container's ports and expose the workload through a Service instead.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_no_host_ports

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	some p in c.ports
	p.hostPort != 0
	msg := sprintf("%s binds host port %v; remove hostPort and expose the workload through a Service", [pod_security.describe(r, c), p.hostPort])
}

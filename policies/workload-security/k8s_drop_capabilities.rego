# METADATA
# title: Containers drop all capabilities
# description: >-
#   Every container drops ALL Linux capabilities and adds back none of the dangerous ones (SYS_ADMIN,
#   NET_ADMIN, SYS_PTRACE, SYS_MODULE, NET_RAW, ...).
# scope: package
# custom:
#   id: k8s-drop-capabilities
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/capabilities" }
#     - { framework: CIS-K8S, id: "5.2.9" }
#     - { framework: NSA-CISA-K8S, id: "Pod security: least privilege" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#   remediation: Set securityContext.capabilities.drop = ["ALL"] and add only what the process needs (e.g. NET_BIND_SERVICE).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_drop_capabilities

import data.plangate.lib.workloads
import rego.v1

dangerous := {"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_RAW", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "PERFMON", "SYS_BOOT", "IPC_LOCK"}

applies contains r.id if {
	some r in input.resources
	r.pod
}

drops_all(c) if {
	some cap in c.securityContext.capabilities.drop
	upper(cap) == "ALL"
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	not drops_all(c)
	msg := sprintf("%s keeps the default capabilities; set securityContext.capabilities.drop = [\"ALL\"]", [workloads.describe(r, c)])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	some cap in c.securityContext.capabilities.add
	upper(trim_prefix(upper(cap), "CAP_")) in dangerous
	msg := sprintf("%s adds the dangerous capability %s; remove it", [workloads.describe(r, c), cap])
}

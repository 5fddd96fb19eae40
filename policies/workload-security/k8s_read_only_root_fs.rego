# METADATA
# title: Containers have a read-only root file system
# description: Containers mount their root file system read-only, so an attacker cannot plant binaries or alter the image.
# scope: package
# custom:
#   id: k8s-read-only-root-filesystem
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: NSA-CISA-K8S, id: "Pod security: immutable container file systems" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#   remediation: Set securityContext.readOnlyRootFilesystem = true and mount an emptyDir where the application writes.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_read_only_root_fs

import data.plangate.lib.workloads
import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	c.containerType != "ephemeralContainer"
	not c.securityContext.readOnlyRootFilesystem == true
	msg := sprintf("%s has a writable root file system; set securityContext.readOnlyRootFilesystem = true", [workloads.describe(r, c)])
}

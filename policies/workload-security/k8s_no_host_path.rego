# METADATA
# title: Pods do not mount host paths
# description: No pod mounts a hostPath volume, which would expose the node's file system (and often the container runtime socket).
# scope: package
# custom:
#   id: k8s-no-host-path
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/host-path" }
#     - { framework: CIS-K8S, id: "5.2.12" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#   remediation: Replace hostPath volumes with emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_no_host_path

import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some v in r.pod.spec.volumes
	v.hostPath
	msg := sprintf("%s mounts the host path %s (volume %s); use another volume type", [r.address, object.get(v.hostPath, "path", ""), v.name])
}

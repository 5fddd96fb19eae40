# METADATA
# title: Pods use only the volume types the restricted standard allows
# description: >-
#   Pods mount only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret
#   volumes; other types (hostPath, nfs, iscsi, rbd, gitRepo ...) reach the node or storage outside the cluster's
#   control (Pod Security Standards, restricted).
# scope: package
# custom:
#   id: k8s-restricted-volume-types
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/volume-types" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: Replace the volume with a persistentVolumeClaim (for storage) or a configMap, secret or emptyDir.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_restricted_volume_types

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some v in r.pod.spec.volumes
	some kind, _ in v
	kind != "name"
	not kind in pod_security.restricted_volume_types
	msg := sprintf("%s mounts volume %s of type %s, which the restricted Pod Security Standard forbids", [r.address, v.name, kind])
}

# METADATA
# title: Containers do not run AppArmor-unconfined
# description: >-
#   No pod or container sets an AppArmor profile other than the runtime default or a profile loaded on the node
#   (securityContext.appArmorProfile.type Unconfined, or the container.apparmor.security.beta.kubernetes.io
#   annotation set to unconfined) (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-apparmor
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/apparmor" }
#     - { framework: CIS-K8S, id: "5.7.3" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#   remediation: Set appArmorProfile.type to RuntimeDefault or Localhost (or drop the unconfined annotation).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_apparmor

import data.plangate.lib.pod_security
import rego.v1

allowed_types := {"RuntimeDefault", "Localhost"}

annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	profile := pod_security.pod_context(r).appArmorProfile.type
	not profile in allowed_types
	msg := sprintf("%s sets the pod's AppArmor profile to %s; use RuntimeDefault or Localhost", [r.address, profile])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	profile := pod_security.container_context(c).appArmorProfile.type
	not profile in allowed_types
	msg := sprintf("%s sets its AppArmor profile to %s; use RuntimeDefault or Localhost", [pod_security.describe(r, c), profile])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some key, value in object.get(r.pod.metadata, "annotations", {})
	startswith(key, annotation_prefix)
	not allowed_annotation(value)
	msg := sprintf("%s annotates container %s with AppArmor profile %s; use runtime/default or localhost/<profile>", [r.address, trim_prefix(key, annotation_prefix), value])
}

allowed_annotation("runtime/default")

allowed_annotation(value) if startswith(value, "localhost/")

# METADATA
# title: Pods do not set custom SELinux users, roles or types
# description: >-
#   seLinuxOptions leave user and role unset and use only a container type (container_t, container_init_t,
#   container_kvm_t, container_engine_t): other types, users and roles can lift the SELinux confinement
#   of the container (Pod Security Standards, baseline).
# scope: package
# custom:
#   id: k8s-selinux
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "baseline/selinux" }
#     - { framework: CIS-K8S, id: "5.7.3" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#   remediation: Remove seLinuxOptions.user and .role, and set seLinuxOptions.type to container_t (or leave it unset).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_selinux

import data.plangate.lib.pod_security
import rego.v1

applies contains r.id if some r in pod_security.workloads

# Every seLinuxOptions of a workload with where it is written (the pod, or a container by name).
options contains [r.id, sprintf("%s: pod", [r.address]), o] if {
	some r in pod_security.workloads
	o := pod_security.pod_context(r).seLinuxOptions
}

options contains [r.id, pod_security.describe(r, c), o] if {
	some r in pod_security.workloads
	some c in r.pod.containers
	o := pod_security.container_context(c).seLinuxOptions
}

deny contains {"id": id, "msg": msg} if {
	some [id, where, o] in options
	not object.get(o, "type", "") in pod_security.baseline_selinux_types
	msg := sprintf("%s sets SELinux type %s; use container_t or leave it unset", [where, o.type])
}

deny contains {"id": id, "msg": msg} if {
	some [id, where, o] in options
	some field in ["user", "role"]
	object.get(o, field, "") != ""
	msg := sprintf("%s sets SELinux %s %s; remove it", [where, field, o[field]])
}

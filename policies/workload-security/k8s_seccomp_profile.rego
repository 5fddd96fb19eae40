# METADATA
# title: Containers run under a seccomp profile
# description: >-
#   Every container runs with seccompProfile.type RuntimeDefault or Localhost, set on the pod or on the container
#   itself; without one, most runtimes run the process unconfined (Pod Security Standards, restricted; pods
#   declaring spec.os.name = windows are exempt, as in the standard).
# scope: package
# custom:
#   id: k8s-seccomp-profile
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: K8S-PSS, id: "restricted/seccomp" }
#     - { framework: CIS-K8S, id: "5.7.2" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#     - { framework: PCI-DSS-4.0, id: "2.2.1" }
#   remediation: Set spec.securityContext.seccompProfile.type = RuntimeDefault on the pod template.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_seccomp_profile

import data.plangate.lib.pod_security
import rego.v1

confined := {"RuntimeDefault", "Localhost"}

applies contains r.id if some r in pod_security.linux_workloads

# The container runs under a confining profile, its own or its pod's. (A rule of its own: negating an expression
# whose call may be undefined would be undefined as a whole, as in OPA.)
confined_container(r, c) if pod_security.effective(r, c, "seccompProfile").type in confined

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.linux_workloads
	some c in r.pod.containers
	not confined_container(r, c)
	msg := sprintf("%s runs without a seccomp profile; set seccompProfile.type = RuntimeDefault on the pod or container", [pod_security.describe(r, c)])
}

# METADATA
# title: Pods mount service account tokens only on request
# description: >-
#   A workload mounts its service account's API token only when it asks for it: automountServiceAccountToken is
#   set on the pod template, or on its ServiceAccount in the same input. Left to the default, every pod carries a
#   token that a compromised process can use against the API server.
# scope: package
# custom:
#   id: k8s-service-account-token-automount
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-K8S, id: "5.1.6" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: SOC2, id: "CC6.1" }
#   remediation: >-
#     Set automountServiceAccountToken = false on the pod template (or its ServiceAccount); set it to true only
#     on workloads that call the Kubernetes API.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_service_account_token_automount

import data.plangate.lib.pod_security
import data.plangate.lib.resources
import rego.v1

applies contains r.id if some r in pod_security.workloads

# ServiceAccounts of the input that decide automounting, by namespace and name.
decided_accounts contains [sa.namespace, sa.name] if {
	some sa in resources.of_type("ServiceAccount")
	sa.source == "kubernetes"
	is_boolean(sa.values.automountServiceAccountToken)
}

account(r) := object.get(r.pod.spec, "serviceAccountName", "default")

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	not is_boolean(r.pod.spec.automountServiceAccountToken)
	not [r.namespace, account(r)] in decided_accounts
	msg := sprintf("%s mounts the token of service account %s by default; set automountServiceAccountToken = false unless it calls the API", [r.address, account(r)])
}

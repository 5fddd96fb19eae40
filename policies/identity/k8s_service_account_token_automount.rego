# METADATA
# title: Pods mount service account tokens only on request
# description: >-
#   A workload mounts its service account's API token only when it asks for it: automountServiceAccountToken is
#   set on the pod template, or on its ServiceAccount in the same input. Left to the default, every pod carries a
#   token that a compromised process can use against the API server. A workload naming a service account that the
#   input does not hold is unknown: that account may decide it.
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

accounts := [sa | some sa in resources.of_type("ServiceAccount"); sa.source == "kubernetes"]

# ServiceAccounts of the input by namespace and name, and those of them that decide automounting.
present contains [sa.namespace, sa.name] if some sa in accounts

decided contains [sa.namespace, sa.name] if {
	some sa in accounts
	is_boolean(sa.values.automountServiceAccountToken)
}

account(r) := object.get(r.pod.spec, "serviceAccountName", "default")

# Workloads whose pod template leaves automounting to their service account.
undecided := [r | some r in pod_security.workloads; not pod_decides(r)]

pod_decides(r) if is_boolean(r.pod.spec.automountServiceAccountToken)

# Kubernetes creates each namespace's default account without the setting, so it mounts unless the input says
# otherwise; an account of the input without the setting mounts too.
deny contains {"id": r.id, "msg": msg} if {
	some r in undecided
	known_to_mount(r)
	msg := sprintf("%s mounts the token of service account %s by default; set automountServiceAccountToken = false unless it calls the API", [r.address, account(r)])
}

known_to_mount(r) if {
	key := [r.namespace, account(r)]
	key in present
	not key in decided
}

known_to_mount(r) if {
	account(r) == "default"
	not [r.namespace, "default"] in present
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in undecided
	account(r) != "default"
	key := [r.namespace, account(r)]
	not key in present
	msg := sprintf("%s leaves token mounting to service account %s, which is not in the input", [r.address, account(r)])
}

# METADATA
# title: Every namespace has a NetworkPolicy
# description: >-
#   Each namespace the input declares (a Namespace object) comes with at least one NetworkPolicy; without one, every
#   pod accepts traffic from every other pod of the cluster. Workloads of namespaces the input does not declare are
#   judged too: they pass when the input holds a NetworkPolicy of their namespace, and are unknown otherwise (the
#   policy may live in manifests that were not checked, as when a pre-commit hook checks only the changed files).
# scope: package
# custom:
#   id: k8s-network-policy
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: CIS-K8S, id: "5.3.2" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.3.1" }
#   remediation: Add a NetworkPolicy to the namespace, starting with a default-deny policy (podSelector {}) and allowing what is needed.
#   resourceTypes: [Namespace, Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_network_policy

import data.plangate.lib.pod_security
import data.plangate.lib.resources
import rego.v1

# Namespaces holding a NetworkPolicy.
protected contains p.namespace if {
	some p in resources.of_type("NetworkPolicy")
	p.source == "kubernetes"
}

namespaces := [n | some n in resources.of_type("Namespace"); n.source == "kubernetes"]

declared := {n.name | some n in namespaces}

# Workloads of namespaces without a Namespace object in the input (PodTemplates are not scheduled).
undeclared_workloads := [r |
	some r in pod_security.workloads
	r.kind != "PodTemplate"
	not r.namespace in declared
]

applies contains n.id if some n in namespaces

applies contains r.id if some r in undeclared_workloads

deny contains {"id": n.id, "msg": msg} if {
	some n in namespaces
	not n.name in protected
	msg := sprintf("%s has no NetworkPolicy, so its pods accept traffic from anywhere in the cluster; add a default-deny policy", [n.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in undeclared_workloads
	not r.namespace in protected
	msg := sprintf("%s runs in namespace %s, which the input neither declares nor gives a NetworkPolicy; check it with the namespace's manifests", [r.address, r.namespace])
}

# METADATA
# title: Images come from allowed registries
# description: >-
#   Containers pull images only from the registries in allowed_registries. Judges nothing until the parameter
#   is configured, since no registry list fits everyone.
# scope: package
# custom:
#   id: k8s-allowed-registries
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.19" }
#     - { framework: ISO27001:2022, id: "A.5.19" }
#     - { framework: NSA-CISA-K8S, id: "Supply chain: trusted registries" }
#   remediation: Mirror the image into an allowed registry and reference it from there.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   parameters: [allowed_registries]
package plangate.rules.k8s_allowed_registries

import data.plangate.lib.images
import data.plangate.lib.workloads
import rego.v1

applies contains r.id if {
	count(data.plangate.params.allowed_registries) > 0
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	count(data.plangate.params.allowed_registries) > 0
	some r in input.resources
	some c in r.pod.containers
	registry := images.registry(c.image)
	not registry in data.plangate.params.allowed_registries
	msg := sprintf("%s pulls %s from %s, which is not an allowed registry (%s)", [workloads.describe(r, c), c.image, registry, concat(", ", data.plangate.params.allowed_registries)])
}

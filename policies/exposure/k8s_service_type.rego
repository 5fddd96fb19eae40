# METADATA
# title: Services are not exposed outside the cluster where that is disallowed
# description: >-
#   Kubernetes Services of the types listed in disallowed_service_types (for example LoadBalancer and
#   NodePort) are not created; exposure goes through the approved ingress instead. Judges nothing until
#   disallowed_service_types is configured.
# scope: package
# custom:
#   id: k8s-service-exposure
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: NSA-CISA-K8S, id: "Network separation" }
#   remediation: Use type ClusterIP behind the approved Ingress or gateway.
#   resourceTypes: [Service]
#   parameters: [disallowed_service_types]
package plangate.rules.k8s_service_type

import rego.v1

applies contains r.id if {
	count(data.plangate.params.disallowed_service_types) > 0
	some r in input.resources
	r.kind == "Service"
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	r.kind == "Service"
	r.values.spec.type in data.plangate.params.disallowed_service_types
	msg := sprintf("Service %s has type %s, which is not allowed here; use ClusterIP behind the approved ingress", [r.address, r.values.spec.type])
}

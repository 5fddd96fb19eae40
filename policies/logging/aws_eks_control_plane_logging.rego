# METADATA
# title: EKS clusters send every control plane log to CloudWatch
# description: >-
#   An aws_eks_cluster lists api, audit, authenticator, controllerManager and scheduler in
#   enabled_cluster_log_types. Without the audit and authenticator logs nobody can reconstruct who did what to
#   the cluster.
# scope: package
# custom:
#   id: aws-eks-control-plane-logging
#   severity: medium
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Set enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"].
#   resourceTypes: [aws_eks_cluster]
package plangate.rules.aws_eks_control_plane_logging

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_eks_cluster"}

# The control plane log types, all of which are needed to audit the cluster.
required := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.unknown(r, ["enabled_cluster_log_types"])
	missing := [x | some x in required; not listed(r, x)]
	count(missing) > 0
	msg := sprintf("%s does not send the %s control plane logs; add them to enabled_cluster_log_types", [r.address, concat(", ", missing)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["enabled_cluster_log_types"])
	msg := sprintf("%s: enabled_cluster_log_types is known only after apply", [r.address])
}

listed(r, x) if x in attributes.value(r, ["enabled_cluster_log_types"])

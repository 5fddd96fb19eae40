# METADATA
# title: EKS node groups do not open SSH to the whole network
# description: >-
#   An aws_eks_node_group with a remote_access block (an SSH key for its nodes) limits SSH with
#   source_security_group_ids. Without them EKS opens port 22 of every node to 0.0.0.0/0.
# scope: package
# custom:
#   id: aws-eks-node-group-remote-access
#   severity: high
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Set remote_access { source_security_group_ids = [aws_security_group.bastion.id] }, or drop remote_access and
#     reach nodes through SSM Session Manager.
#   resourceTypes: [aws_eks_node_group]
package plangate.rules.aws_eks_node_group_remote_access

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_eks_node_group")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_eks_node_group")
	some access in object.get(r.values, "remote_access", [])
	count(object.get(access, "source_security_group_ids", [])) == 0
	not limited_by_reference(r)
	msg := sprintf("%s opens SSH (port 22) on its nodes to 0.0.0.0/0; set remote_access.source_security_group_ids", [r.address])
}

# The security groups are named through references whose values are known only after apply.
limited_by_reference(r) if count(object.get(r.references, "remote_access.source_security_group_ids", [])) > 0

limited_by_reference(r) if r.unknown.remote_access[0].source_security_group_ids == true

# METADATA
# title: MSK brokers are not reachable from the internet
# description: >-
#   An aws_msk_cluster keeps broker_node_group_info.connectivity_info.public_access.type at "DISABLED". With
#   "SERVICE_PROVIDED_EIPS" every broker gets a public IP address.
# scope: package
# custom:
#   id: aws-msk-public-access
#   severity: high
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Set connectivity_info { public_access { type = "DISABLED" } } and reach the brokers through the VPC
#     (peering, PrivateLink or MSK multi-VPC connectivity).
#   resourceTypes: [aws_msk_cluster]
package plangate.rules.aws_msk_public_access

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_msk_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	some info in object.get(r.values, "broker_node_group_info", [])
	some connectivity in object.get(info, "connectivity_info", [])
	some access in object.get(connectivity, "public_access", [])
	access.type == "SERVICE_PROVIDED_EIPS"
	msg := sprintf("%s gives its brokers public IP addresses; set public_access { type = \"DISABLED\" }", [r.address])
}

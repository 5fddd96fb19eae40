# METADATA
# title: EMR clusters use a security configuration
# description: >-
#   An aws_emr_cluster names a security_configuration. Without one EMR encrypts neither data at rest (EMRFS,
#   local disks) nor data in transit between nodes.
# scope: package
# custom:
#   id: aws-emr-cluster-security-configuration
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Create an aws_emr_security_configuration with at-rest and in-transit encryption and set
#     security_configuration on the cluster.
#   resourceTypes: [aws_emr_cluster]
package plangate.rules.aws_emr_cluster_security_configuration

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_emr_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["security_configuration"])
	not attributes.unknown(r, ["security_configuration"])
	msg := sprintf("%s has no security_configuration, so its data is not encrypted at rest or in transit", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["security_configuration"])
	not attributes.refers(r, "security_configuration")
	msg := sprintf("%s: security_configuration is known only after apply", [r.address])
}

# METADATA
# title: DocumentDB parameter groups keep TLS on
# description: >-
#   No aws_docdb_cluster_parameter_group sets the tls parameter to "disabled". Clusters using such a group accept
#   unencrypted connections, exposing queries, documents and credentials on the network.
# scope: package
# custom:
#   id: aws-docdb-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Remove the tls parameter (TLS is on by default) or set it to "enabled" or "tls1.2+".
#   resourceTypes: [aws_docdb_cluster_parameter_group]
package plangate.rules.aws_docdb_tls

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_docdb_cluster_parameter_group")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_docdb_cluster_parameter_group")
	some parameter in object.get(r.values, "parameter", [])
	parameter.name == "tls"
	parameter.value == "disabled"
	msg := sprintf("%s turns TLS off (tls = disabled) for every cluster using it", [r.address])
}

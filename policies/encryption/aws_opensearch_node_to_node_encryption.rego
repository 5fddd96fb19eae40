# METADATA
# title: OpenSearch domains encrypt traffic between nodes
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has node_to_node_encryption { enabled = true }, so
#   documents replicated and searched across the cluster's nodes travel over TLS.
# scope: package
# custom:
#   id: aws-opensearch-node-to-node-encryption
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Add node_to_node_encryption { enabled = true } to the domain.
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_node_to_node_encryption

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["node_to_node_encryption", "enabled"])
	not attributes.unknown(r, ["node_to_node_encryption", "enabled"])
	msg := sprintf("%s sends traffic between its nodes unencrypted; add node_to_node_encryption { enabled = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["node_to_node_encryption", "enabled"])
	msg := sprintf("%s: node_to_node_encryption.enabled is known only after apply", [r.address])
}

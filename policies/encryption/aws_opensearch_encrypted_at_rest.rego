# METADATA
# title: OpenSearch domains are encrypted at rest
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has encrypt_at_rest { enabled = true }. Without it the
#   indexes, logs, swap files and automated snapshots are stored unencrypted.
# scope: package
# custom:
#   id: aws-opensearch-encrypted-at-rest
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Add encrypt_at_rest { enabled = true } (with kms_key_id for a customer-managed key) to the domain.
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_encrypted_at_rest

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["encrypt_at_rest", "enabled"])
	not attributes.unknown(r, ["encrypt_at_rest", "enabled"])
	msg := sprintf("%s is not encrypted at rest; add encrypt_at_rest { enabled = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encrypt_at_rest", "enabled"])
	msg := sprintf("%s: encrypt_at_rest.enabled is known only after apply", [r.address])
}

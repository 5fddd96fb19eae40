# METADATA
# title: OpenSearch domains use fine-grained access control
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain sets advanced_security_options { enabled = true }, so users
#   authenticate and are granted roles per index, document and field, instead of the domain's access policy being
#   the only control.
# scope: package
# custom:
#   id: aws-opensearch-fine-grained-access
#   severity: medium
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Add advanced_security_options { enabled = true, internal_user_database_enabled = false, master_user_options {
#     master_user_arn = ... } } (it needs HTTPS, node-to-node and at-rest encryption).
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_fine_grained_access

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

path := ["advanced_security_options", "enabled"]

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, path)
	not attributes.unknown(r, path)
	msg := sprintf("%s has no fine-grained access control; add advanced_security_options { enabled = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, path)
	msg := sprintf("%s: advanced_security_options.enabled is known only after apply", [r.address])
}

# METADATA
# title: DocumentDB clusters are encrypted at rest
# description: >-
#   An aws_docdb_cluster sets storage_encrypted = true. Unset, the cluster, its backups and snapshots are
#   stored unencrypted, and encryption cannot be turned on for an existing cluster.
# scope: package
# custom:
#   id: aws-docdb-encrypted
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Set storage_encrypted = true (and kms_key_id to a customer-managed key) on the aws_docdb_cluster.
#   resourceTypes: [aws_docdb_cluster]
package plangate.rules.aws_docdb_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_docdb_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["storage_encrypted"])
	not attributes.unknown(r, ["storage_encrypted"])
	msg := sprintf("%s is not encrypted at rest; set storage_encrypted = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["storage_encrypted"])
	msg := sprintf("%s: storage_encrypted is known only after apply", [r.address])
}

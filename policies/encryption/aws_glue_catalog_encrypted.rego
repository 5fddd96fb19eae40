# METADATA
# title: The Glue Data Catalog is encrypted with KMS
# description: >-
#   The aws_glue_data_catalog_encryption_settings set encryption_at_rest { catalog_encryption_mode = "SSE-KMS"
#   }, so table definitions, schemas and partitions are encrypted.
# scope: package
# custom:
#   id: aws-glue-catalog-encrypted
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Set data_catalog_encryption_settings { encryption_at_rest { catalog_encryption_mode = "SSE-KMS",
#     sse_aws_kms_key_id = ... } }.
#   resourceTypes: [aws_glue_data_catalog_encryption_settings]
package plangate.rules.aws_glue_catalog_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_glue_data_catalog_encryption_settings"}

# The modes that encrypt the catalog.
allowed := {"SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not compliant(r)
	not attributes.unknown(r, ["data_catalog_encryption_settings", "encryption_at_rest", "catalog_encryption_mode"])
	msg := sprintf("%s leaves the Data Catalog unencrypted; set catalog_encryption_mode = \"SSE-KMS\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["data_catalog_encryption_settings", "encryption_at_rest", "catalog_encryption_mode"])
	msg := sprintf("%s: data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
compliant(r) if attributes.value(r, ["data_catalog_encryption_settings", "encryption_at_rest", "catalog_encryption_mode"]) in allowed

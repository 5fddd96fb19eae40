# METADATA
# title: BigQuery datasets encrypt with a customer-managed key
# description: >-
#   Every BigQuery dataset sets a default Cloud KMS key (default_encryption_configuration.kms_key_name), so its
#   tables are encrypted with a key the organisation controls, can rotate and can revoke.
# scope: package
# custom:
#   id: google-bigquery-cmek
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: CIS-GCP, id: "7.3" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: Add default_encryption_configuration { kms_key_name = google_kms_crypto_key.<name>.id } to the dataset.
#   resourceTypes: [google_bigquery_dataset]
package plangate.rules.google_bigquery_cmek

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

datasets := resources.of_type("google_bigquery_dataset")

path := ["default_encryption_configuration", "kms_key_name"]

applies contains r.id if some r in datasets

deny contains {"id": r.id, "msg": msg} if {
	some r in datasets
	not attributes.is_set(r, path)
	not attributes.unknown(r, path)
	msg := sprintf("BigQuery dataset %s uses Google-managed encryption; set default_encryption_configuration.kms_key_name", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in datasets
	not attributes.is_set(r, path)
	attributes.unknown(r, path)
	msg := sprintf("%s: default_encryption_configuration.kms_key_name is known only after apply", [r.address])
}

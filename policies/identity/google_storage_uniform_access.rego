# METADATA
# title: Storage buckets use uniform bucket-level access
# description: >-
#   Every Cloud Storage bucket has uniform_bucket_level_access = true, so access is decided by IAM alone and no
#   object ACL can grant access that the bucket's IAM policy does not show.
# scope: package
# custom:
#   id: google-storage-uniform-access
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-GCP, id: "5.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: Set uniform_bucket_level_access = true on the google_storage_bucket.
#   resourceTypes: [google_storage_bucket]
package plangate.rules.google_storage_uniform_access

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

buckets := resources.of_type("google_storage_bucket")

applies contains r.id if some r in buckets

deny contains {"id": r.id, "msg": msg} if {
	some r in buckets
	not attributes.is_true(r, ["uniform_bucket_level_access"])
	not attributes.refers(r, "uniform_bucket_level_access")
	msg := sprintf("%s allows object ACLs; set uniform_bucket_level_access = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in buckets
	attributes.unknown(r, ["uniform_bucket_level_access"])
	attributes.refers(r, "uniform_bucket_level_access")
	msg := sprintf("%s: uniform_bucket_level_access is known only after apply", [r.address])
}

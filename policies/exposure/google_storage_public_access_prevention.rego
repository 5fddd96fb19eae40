# METADATA
# title: Storage buckets enforce public access prevention
# description: >-
#   Every Cloud Storage bucket sets public_access_prevention = "enforced", so no ACL or IAM grant, present or
#   future, can make its objects public.
# scope: package
# custom:
#   id: google-storage-public-access-prevention
#   severity: high
#   category: exposure
#   controls:
#     - { framework: CIS-GCP, id: "5.1" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Set public_access_prevention = "enforced" on the google_storage_bucket.
#   resourceTypes: [google_storage_bucket]
package plangate.rules.google_storage_public_access_prevention

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

buckets := resources.of_type("google_storage_bucket")

applies contains r.id if some r in buckets

enforced(r) if attributes.value(r, ["public_access_prevention"]) == "enforced"

# The provider computes the attribute when the configuration leaves it out (the bucket then inherits the
# project's setting), so an unknown value that refers to nothing means "not set".
deny contains {"id": r.id, "msg": msg} if {
	some r in buckets
	not enforced(r)
	not attributes.refers(r, "public_access_prevention")
	msg := sprintf("%s does not enforce public access prevention; set public_access_prevention = \"enforced\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in buckets
	attributes.unknown(r, ["public_access_prevention"])
	attributes.refers(r, "public_access_prevention")
	msg := sprintf("%s: public_access_prevention is known only after apply", [r.address])
}

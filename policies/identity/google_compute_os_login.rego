# METADATA
# title: Compute instances use OS Login
# description: >-
#   Every compute instance has OS Login on (metadata enable-oslogin = TRUE on the instance or the project), so SSH
#   access follows IAM and is revoked with the account, instead of keys copied into metadata. An instance that
#   leaves it to a project whose metadata the input does not hold is unknown.
# scope: package
# custom:
#   id: google-compute-os-login
#   severity: medium
#   category: identity
#   controls:
#     - { framework: CIS-GCP, id: "4.4" }
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: ISO27001:2022, id: "A.5.16" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.2.1" }
#   remediation: Set metadata = { enable-oslogin = "TRUE" } on the instance (or in google_compute_project_metadata).
#   resourceTypes: [google_compute_instance]
package plangate.rules.google_compute_os_login

import data.plangate.lib.gcp
import rego.v1

applies contains r.id if some r in gcp.instances

deny contains {"id": r.id, "msg": msg} if {
	some r in gcp.instances
	gcp.metadata_false(r, "enable-oslogin")
	msg := sprintf("%s switches OS Login off (metadata enable-oslogin); set it to TRUE", [r.address])
}

# Left unset on the instance, the project's metadata decides: judged when the input holds it.
deny contains {"id": r.id, "msg": msg} if {
	some r in instance_defers
	gcp.has_project_metadata
	not gcp.project_metadata_true("enable-oslogin")
	msg := sprintf("%s does not use OS Login, and neither does the project metadata; set enable-oslogin = \"TRUE\" on either", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in instance_defers
	not gcp.has_project_metadata
	msg := sprintf("%s leaves OS Login to the project metadata, which is not in the input", [r.address])
}

unknown contains {"id": r.id, "msg": sprintf("%s: its metadata is known only after apply", [r.address])} if {
	some r in gcp.instances
	r.unknown.metadata == true
	not gcp.project_metadata_true("enable-oslogin")
}

# Instances whose own metadata neither enables nor disables OS Login.
instance_defers := [r |
	some r in gcp.instances
	not gcp.metadata_true(r, "enable-oslogin")
	not gcp.metadata_false(r, "enable-oslogin")
	not r.unknown.metadata == true
]

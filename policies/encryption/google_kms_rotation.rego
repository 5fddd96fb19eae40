# METADATA
# title: Cloud KMS keys rotate at least every 90 days
# description: >-
#   Every symmetric Cloud KMS key (purpose ENCRYPT_DECRYPT) has a rotation_period of at most 90 days, limiting how
#   much data one key version protects and how long a leaked version stays useful.
# scope: package
# custom:
#   id: google-kms-rotation
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: CIS-GCP, id: "1.10" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.7.4" }
#   remediation: Set rotation_period = "7776000s" (90 days) or shorter on the google_kms_crypto_key.
#   resourceTypes: [google_kms_crypto_key]
package plangate.rules.google_kms_rotation

import data.plangate.lib.resources
import rego.v1

max_seconds := 7776000

# Symmetric keys (purpose defaults to ENCRYPT_DECRYPT); asymmetric and MAC keys cannot rotate automatically.
keys := [r | some r in resources.of_type("google_kms_crypto_key"); object.get(r.values, "purpose", "ENCRYPT_DECRYPT") in {"ENCRYPT_DECRYPT", null}]

# The rotation period in seconds ("7776000s", as the API writes durations).
seconds(period) := to_number(trim_suffix(period, "s")) if regex.match(`^[0-9]+(\.[0-9]+)?s$`, period)

applies contains r.id if some r in keys

has_period(r) if is_string(r.values.rotation_period)

deny contains {"id": r.id, "msg": msg} if {
	some r in keys
	not has_period(r)
	not r.unknown.rotation_period == true
	msg := sprintf("%s never rotates; set rotation_period = \"7776000s\" (90 days) or shorter", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in keys
	seconds(r.values.rotation_period) > max_seconds
	msg := sprintf("%s rotates every %s, more than 90 days; set rotation_period to 7776000s or shorter", [r.address, r.values.rotation_period])
}

unknown contains {"id": r.id, "msg": sprintf("%s: rotation_period is known only after apply", [r.address])} if {
	some r in keys
	r.unknown.rotation_period == true
}

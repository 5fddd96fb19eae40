# METADATA
# title: KMS keys rotate their key material yearly
# description: >-
#   Symmetric aws_kms_key keys set enable_key_rotation = true, so AWS creates new key material every year (or at
#   rotation_period_in_days) and a compromised key version protects less data. Asymmetric and HMAC keys cannot
#   rotate automatically and are not judged.
# scope: package
# custom:
#   id: aws-kms-key-rotation
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-AWS, id: "3.6" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.7.4" }
#   remediation: Set enable_key_rotation = true on the aws_kms_key.
#   resourceTypes: [aws_kms_key]
package plangate.rules.aws_kms_key_rotation

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# Symmetric encryption keys: the only ones AWS rotates (the key spec defaults to SYMMETRIC_DEFAULT).
symmetric(r) if object.get(r.values, "customer_master_key_spec", null) in {null, "SYMMETRIC_DEFAULT"}

keys := [r | some r in resources.of_type("aws_kms_key"); symmetric(r)]

applies contains r.id if {
	some r in keys
}

deny contains {"id": r.id, "msg": msg} if {
	some r in keys
	not attributes.is_true(r, ["enable_key_rotation"])
	not attributes.unknown(r, ["enable_key_rotation"])
	msg := sprintf("%s does not rotate its key material; set enable_key_rotation = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in keys
	attributes.unknown(r, ["enable_key_rotation"])
	msg := sprintf("%s: enable_key_rotation is known only after apply", [r.address])
}

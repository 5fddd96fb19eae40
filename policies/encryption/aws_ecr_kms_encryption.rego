# METADATA
# title: ECR repositories are encrypted with KMS
# description: >-
#   An aws_ecr_repository has encryption_configuration { encryption_type = "KMS" }. By default images are
#   encrypted with AES-256 keys that AWS owns, which no key policy, audit trail or revocation controls.
# scope: package
# custom:
#   id: aws-ecr-kms-encryption
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Add encryption_configuration { encryption_type = "KMS", kms_key = aws_kms_key.x.arn } to the
#     aws_ecr_repository.
#   resourceTypes: [aws_ecr_repository]
package plangate.rules.aws_ecr_kms_encryption

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_ecr_repository"}

# Encryption types that use a KMS key.
allowed := {"KMS", "KMS_DSSE"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not compliant(r)
	not attributes.unknown(r, ["encryption_configuration", "encryption_type"])
	msg := sprintf("%s is not encrypted with a KMS key; set encryption_configuration { encryption_type = \"KMS\" }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["encryption_configuration", "encryption_type"])
	msg := sprintf("%s: encryption_configuration.encryption_type is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
compliant(r) if attributes.value(r, ["encryption_configuration", "encryption_type"]) in allowed

# METADATA
# title: Secrets Manager secrets rotate automatically
# description: >-
#   Every aws_secretsmanager_secret has rotation configured: an aws_secretsmanager_secret_rotation that refers to it
#   (or, with providers before 5.0, inline rotation_rules). A credential that never changes stays valid for as long
#   as anyone who ever read it keeps a copy.
# scope: package
# custom:
#   id: aws-secretsmanager-rotation
#   severity: medium
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.9" }
#   remediation: >-
#     Add an aws_secretsmanager_secret_rotation with secret_id = the secret's id, a rotation Lambda (or a managed
#     rotation) and rotation_rules { automatically_after_days = 30 }.
#   resourceTypes: [aws_secretsmanager_secret]
package plangate.rules.aws_secretsmanager_rotation

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_secretsmanager_secret")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_secretsmanager_secret")
	not rotated(r)
	msg := sprintf("%s has no rotation; add an aws_secretsmanager_secret_rotation for it", [r.address])
}

rotated(r) if resources.is_target_of(r, "aws_secretsmanager_secret_rotation", "secret_id")

rotated(r) if count(object.get(r.values, "rotation_rules", [])) > 0

# METADATA
# title: IAM console passwords created by Terraform are PGP-encrypted
# description: >-
#   An aws_iam_user_login_profile sets pgp_key. Without it the generated console password is written in plaintext
#   to the Terraform state (attribute `password`), readable by everyone who can read the state.
# scope: package
# custom:
#   id: aws-iam-login-profile-encrypted-password
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Set pgp_key on the aws_iam_user_login_profile (and password_reset_required = true), or let people sign in
#     through IAM Identity Center instead of IAM users.
#   resourceTypes: [aws_iam_user_login_profile]
package plangate.rules.aws_iam_login_profile_encrypted_password

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_iam_user_login_profile")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_user_login_profile")
	not attributes.is_set(r, ["pgp_key"])
	not attributes.unknown(r, ["pgp_key"])
	msg := sprintf("%s has no pgp_key, so the user's console password is stored in plaintext in the Terraform state", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_user_login_profile")
	attributes.unknown(r, ["pgp_key"])
	not attributes.refers(r, "pgp_key")
	msg := sprintf("%s: pgp_key is known only after apply", [r.address])
}

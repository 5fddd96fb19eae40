# METADATA
# title: IAM access keys created by Terraform are PGP-encrypted
# description: >-
#   An aws_iam_access_key sets pgp_key. Without it the secret access key is written in plaintext to the Terraform
#   state (attribute `secret`), where everyone who can read the state bucket can use it.
# scope: package
# custom:
#   id: aws-iam-access-key-encrypted-secret
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Set pgp_key (a keybase:username or a base64 public key) so the state holds only encrypted_secret; better,
#     give workloads roles instead of long-lived access keys.
#   resourceTypes: [aws_iam_access_key]
package plangate.rules.aws_iam_access_key_encrypted_secret

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_iam_access_key")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_access_key")
	not attributes.is_set(r, ["pgp_key"])
	not attributes.unknown(r, ["pgp_key"])
	msg := sprintf("%s has no pgp_key, so its secret access key is stored in plaintext in the Terraform state", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_access_key")
	attributes.unknown(r, ["pgp_key"])
	not attributes.refers(r, "pgp_key")
	msg := sprintf("%s: pgp_key is known only after apply", [r.address])
}

# METADATA
# title: The account password policy prevents reusing the last 24 passwords
# description: >-
#   The aws_iam_account_password_policy sets password_reuse_prevention to 24, so a user cannot cycle back to a
#   password that may have leaked. Unset, any earlier password may be reused.
# scope: package
# custom:
#   id: aws-iam-password-reuse
#   severity: low
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: CIS-AWS, id: "1.9" }
#     - { framework: PCI-DSS-4.0, id: "8.3.7" }
#   remediation: Set password_reuse_prevention = 24 on the aws_iam_account_password_policy.
#   resourceTypes: [aws_iam_account_password_policy]
package plangate.rules.aws_iam_password_reuse

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

minimum := 24

applies contains r.id if {
	some r in resources.of_type("aws_iam_account_password_policy")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	not attributes.unknown(r, ["password_reuse_prevention"])
	not remembers_enough(r)
	msg := sprintf("%s remembers fewer than %d previous passwords (password_reuse_prevention = %s)", [r.address, minimum, json.marshal(object.get(r.values, "password_reuse_prevention", null))])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	attributes.unknown(r, ["password_reuse_prevention"])
	msg := sprintf("%s: password_reuse_prevention is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
remembers_enough(r) if attributes.value(r, ["password_reuse_prevention"]) >= minimum

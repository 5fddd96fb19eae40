# METADATA
# title: The account password policy requires at least 14 characters
# description: >-
#   The aws_iam_account_password_policy sets minimum_password_length to 14 or more. Left unset, AWS accepts
#   passwords of 8 characters (the provider's default is 6 when the policy is managed).
# scope: package
# custom:
#   id: aws-iam-password-min-length
#   severity: medium
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: CIS-AWS, id: "1.8" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.6" }
#   remediation: Set minimum_password_length = 14 (or more) on the aws_iam_account_password_policy.
#   resourceTypes: [aws_iam_account_password_policy]
package plangate.rules.aws_iam_password_min_length

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

minimum := 14

applies contains r.id if {
	some r in resources.of_type("aws_iam_account_password_policy")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	not attributes.unknown(r, ["minimum_password_length"])
	not long_enough(r)
	msg := sprintf("%s accepts passwords shorter than %d characters (minimum_password_length = %s)", [r.address, minimum, json.marshal(object.get(r.values, "minimum_password_length", null))])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	attributes.unknown(r, ["minimum_password_length"])
	msg := sprintf("%s: minimum_password_length is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
long_enough(r) if attributes.value(r, ["minimum_password_length"]) >= minimum

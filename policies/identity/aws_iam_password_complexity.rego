# METADATA
# title: The account password policy requires lower and upper case letters, numbers and symbols
# description: >-
#   The aws_iam_account_password_policy sets require_lowercase_characters, require_uppercase_characters,
#   require_numbers and require_symbols to true. Each one left unset is not required.
# scope: package
# custom:
#   id: aws-iam-password-complexity
#   severity: low
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.6" }
#   remediation: >-
#     Set require_lowercase_characters, require_uppercase_characters, require_numbers and require_symbols to true.
#   resourceTypes: [aws_iam_account_password_policy]
package plangate.rules.aws_iam_password_complexity

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

requirements := ["require_lowercase_characters", "require_uppercase_characters", "require_numbers", "require_symbols"]

applies contains r.id if {
	some r in resources.of_type("aws_iam_account_password_policy")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	missing := [a | some a in requirements; not attributes.unknown(r, [a]); not attributes.is_true(r, [a])]
	count(missing) > 0
	msg := sprintf("%s does not require %s", [r.address, concat(", ", missing)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_iam_account_password_policy")
	some a in requirements
	attributes.unknown(r, [a])
	msg := sprintf("%s: %s is known only after apply", [r.address, a])
}

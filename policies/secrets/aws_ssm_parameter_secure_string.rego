# METADATA
# title: SSM parameters holding credentials are SecureString
# description: >-
#   An aws_ssm_parameter whose name suggests a credential (/prd/db/password, api-token ...) or whose value is shaped
#   like one is of type SecureString, encrypted with KMS. A String or StringList parameter is stored and returned in
#   plaintext to everyone allowed ssm:GetParameter.
# scope: package
# custom:
#   id: aws-ssm-parameter-secure-string
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: Set type = "SecureString" (and key_id to a customer-managed KMS key) on the aws_ssm_parameter.
#   resourceTypes: [aws_ssm_parameter]
package plangate.rules.aws_ssm_parameter_secure_string

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.secrets
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_ssm_parameter")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ssm_parameter")
	type := attributes.value(r, ["type"])
	type != "SecureString"
	some reason in reasons(r)
	msg := sprintf("%s is a %s parameter but %s; make it a SecureString", [r.address, type, reason])
}

# Why a parameter holds a credential: its name, or the shape of its (non-sensitive) value.
reasons(r) := {reason |
	secrets.credential_name(r.values.name)
	reason := sprintf("its name %s suggests a credential", [r.values.name])
} | {reason |
	some attribute in ["value", "insecure_value"]
	some reason in secrets.shape_reasons(r.values[attribute])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ssm_parameter")
	attributes.unknown(r, ["type"])
	msg := sprintf("%s: the parameter type is known only after apply", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ssm_parameter")
	not secure_string(r)
	attributes.unknown(r, ["name"])
	msg := sprintf("%s: the parameter name is known only after apply, so whether it holds a credential could not be told", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
secure_string(r) if attributes.value(r, ["type"]) == "SecureString"

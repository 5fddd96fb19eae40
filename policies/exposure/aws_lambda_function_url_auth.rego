# METADATA
# title: Lambda function URLs require IAM authentication
# description: >-
#   An aws_lambda_function_url sets authorization_type = "AWS_IAM". With "NONE" the function is a public HTTPS
#   endpoint that anyone on the internet can invoke.
# scope: package
# custom:
#   id: aws-lambda-function-url-auth
#   severity: high
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Set authorization_type = "AWS_IAM" and grant lambda:InvokeFunctionUrl to the callers, or put the function
#     behind API Gateway or CloudFront with authentication.
#   resourceTypes: [aws_lambda_function_url]
package plangate.rules.aws_lambda_function_url_auth

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_lambda_function_url"}

# The authorization type that requires signed requests.
allowed := {"AWS_IAM"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not compliant(r)
	not attributes.unknown(r, ["authorization_type"])
	msg := sprintf("%s lets anyone on the internet invoke the function (authorization_type is not AWS_IAM)", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["authorization_type"])
	msg := sprintf("%s: authorization_type is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
compliant(r) if attributes.value(r, ["authorization_type"]) in allowed

# METADATA
# title: Lambda environment variables are encrypted with a customer-managed key
# description: >-
#   An aws_lambda_function that sets environment variables names a customer-managed KMS key in kms_key_arn. With
#   the default aws/lambda key, everyone allowed to read the function's configuration sees the values decrypted;
#   a key of one's own lets its key policy decide who may.
# scope: package
# custom:
#   id: aws-lambda-env-cmk
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: Set kms_key_arn on the aws_lambda_function to a customer-managed aws_kms_key.
#   resourceTypes: [aws_lambda_function]
package plangate.rules.aws_lambda_env_cmk

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# Functions with environment variables: without any there is nothing to encrypt.
with_environment := [r |
	some r in resources.of_type("aws_lambda_function")
	has_variables(r)
]

has_variables(r) if count(attributes.value(r, ["environment", "variables"])) > 0

has_variables(r) if attributes.unknown(r, ["environment", "variables"])

applies contains r.id if {
	some r in with_environment
}

deny contains {"id": r.id, "msg": msg} if {
	some r in with_environment
	not attributes.is_set(r, ["kms_key_arn"])
	not attributes.unknown(r, ["kms_key_arn"])
	msg := sprintf("%s encrypts its environment variables with the default aws/lambda key; set kms_key_arn", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in with_environment
	attributes.unknown(r, ["kms_key_arn"])
	not attributes.refers(r, "kms_key_arn")
	msg := sprintf("%s: kms_key_arn is known only after apply", [r.address])
}

# METADATA
# title: Lambda functions keep no credentials in environment variables
# description: >-
#   No environment variable of an aws_lambda_function holds a credential: a value shaped like an AWS access key id,
#   a private key or a GitHub or Slack token, or a literal value under a name such as DB_PASSWORD or API_TOKEN.
#   Environment variables are readable by everyone allowed lambda:GetFunctionConfiguration and are copied into
#   every deployment package export and console view.
# scope: package
# custom:
#   id: aws-lambda-env-no-secrets
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Keep the credential in Secrets Manager or an SSM SecureString parameter and read it at run time (the
#     Parameters and Secrets Lambda extension caches it); pass only its name or ARN in the environment.
#   resourceTypes: [aws_lambda_function]
package plangate.rules.aws_lambda_env_no_secrets

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.secrets
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_lambda_function")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_lambda_function")
	findings := secrets.in_map(attributes.value(r, ["environment", "variables"]))
	count(findings) > 0
	msg := sprintf("%s holds credentials in plaintext environment variables: %s", [r.address, secrets.describe(findings)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_lambda_function")
	attributes.unknown(r, ["environment", "variables"])
	msg := sprintf("%s: the environment variables are known only after apply", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_lambda_function")
	some name, later in r.unknown.environment[0].variables
	later == true
	secrets.credential_name(name)
	msg := sprintf("%s: the value of %s, named like a credential, is known only after apply", [r.address, name])
}

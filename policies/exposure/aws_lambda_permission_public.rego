# METADATA
# title: Lambda permissions do not let anyone invoke a function
# description: >-
#   An aws_lambda_permission does not grant principal "*" without narrowing it by source_arn, source_account or
#   principal_org_id. Such a statement in the function's resource policy lets every AWS account (and, for
#   lambda:InvokeFunctionUrl with function_url_auth_type NONE, everyone) call the function.
# scope: package
# custom:
#   id: aws-lambda-permission-public
#   severity: high
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Name the calling service or account as principal (events.amazonaws.com, an account id) and set source_arn or
#     source_account.
#   resourceTypes: [aws_lambda_permission]
package plangate.rules.aws_lambda_permission_public

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# Attributes that narrow who may use a permission.
narrowing := ["source_arn", "source_account", "principal_org_id"]

applies contains r.id if {
	some r in resources.of_type("aws_lambda_permission")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_lambda_permission")
	attributes.value(r, ["principal"]) == "*"
	not narrowed(r)
	msg := sprintf("%s lets any principal call %s on the function; name the principal or set source_arn/source_account", [r.address, object.get(r.values, "action", "lambda:InvokeFunction")])
}

narrowed(r) if {
	some attribute in narrowing
	attributes.is_set(r, [attribute])
}

narrowed(r) if {
	some attribute in narrowing
	attributes.unknown(r, [attribute])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_lambda_permission")
	attributes.unknown(r, ["principal"])
	not narrowed(r)
	msg := sprintf("%s: the principal is known only after apply", [r.address])
}

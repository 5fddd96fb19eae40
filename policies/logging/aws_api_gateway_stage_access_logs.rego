# METADATA
# title: API Gateway stages write access logs
# description: >-
#   An aws_api_gateway_stage or aws_apigatewayv2_stage has access_log_settings naming a destination, so every
#   request to the API is recorded with its caller.
# scope: package
# custom:
#   id: aws-api-gateway-stage-access-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Add access_log_settings { destination_arn = aws_cloudwatch_log_group.x.arn, format = ... } to the stage.
#   resourceTypes: [aws_api_gateway_stage, aws_apigatewayv2_stage]
package plangate.rules.aws_api_gateway_stage_access_logs

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_api_gateway_stage", "aws_apigatewayv2_stage"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["access_log_settings", "destination_arn"])
	not attributes.unknown(r, ["access_log_settings", "destination_arn"])
	msg := sprintf("%s writes no access logs; add access_log_settings with a destination_arn", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["access_log_settings", "destination_arn"])
	not attributes.refers(r, "access_log_settings.destination_arn")
	msg := sprintf("%s: access_log_settings.destination_arn is known only after apply", [r.address])
}

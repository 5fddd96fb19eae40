# METADATA
# title: API Gateway custom domains require TLS 1.2
# description: >-
#   An aws_api_gateway_domain_name sets security_policy = "TLS_1_2" (or one of the newer SecurityPolicy_TLS13/TLS12
#   policies). REST API domains otherwise default to TLS_1_0 and accept TLS 1.0 and 1.1 clients.
# scope: package
# custom:
#   id: aws-api-gateway-domain-tls
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set security_policy = "TLS_1_2" on the aws_api_gateway_domain_name.
#   resourceTypes: [aws_api_gateway_domain_name]
package plangate.rules.aws_api_gateway_domain_tls

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# TLS 1.2-minimum policies: the classic TLS_1_2 and the enhanced SecurityPolicy_TLS13_* / SecurityPolicy_TLS12_*.
modern := `^(TLS_1_2|SecurityPolicy_TLS1[23]_.+)$`

applies contains r.id if {
	some r in resources.of_type("aws_api_gateway_domain_name")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_api_gateway_domain_name")
	not attributes.unknown(r, ["security_policy"])
	policy := object.get(r.values, "security_policy", null)
	not modern_policy(policy)
	msg := sprintf("%s accepts TLS versions before 1.2 (security_policy = %s); set security_policy = \"TLS_1_2\"", [r.address, json.marshal(policy)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_api_gateway_domain_name")
	attributes.unknown(r, ["security_policy"])
	msg := sprintf("%s: security_policy is known only after apply", [r.address])
}

modern_policy(policy) if {
	is_string(policy)
	regex.match(modern, policy)
}

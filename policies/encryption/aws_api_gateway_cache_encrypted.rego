# METADATA
# title: API Gateway response caches are encrypted
# description: >-
#   Where an aws_api_gateway_method_settings turns caching on (settings.caching_enabled = true), it also sets
#   settings.cache_data_encrypted = true, so cached responses, which may hold personal data, are encrypted at rest.
# scope: package
# custom:
#   id: aws-api-gateway-cache-encrypted
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: Set settings { cache_data_encrypted = true } wherever caching_enabled = true.
#   resourceTypes: [aws_api_gateway_method_settings]
package plangate.rules.aws_api_gateway_cache_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

# Settings that cache responses; settings without caching have nothing to encrypt.
caching := [r | some r in resources.of_type("aws_api_gateway_method_settings"); attributes.is_true(r, ["settings", "caching_enabled"])]

applies contains r.id if {
	some r in caching
}

deny contains {"id": r.id, "msg": msg} if {
	some r in caching
	not attributes.is_true(r, ["settings", "cache_data_encrypted"])
	not attributes.unknown(r, ["settings", "cache_data_encrypted"])
	msg := sprintf("%s caches responses unencrypted; set settings { cache_data_encrypted = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in caching
	attributes.unknown(r, ["settings", "cache_data_encrypted"])
	msg := sprintf("%s: settings.cache_data_encrypted is known only after apply", [r.address])
}

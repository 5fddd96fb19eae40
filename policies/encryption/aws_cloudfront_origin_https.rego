# METADATA
# title: CloudFront reaches custom origins over HTTPS
# description: >-
#   Every custom origin of an aws_cloudfront_distribution sets custom_origin_config.origin_protocol_policy to
#   "https-only" (not "http-only" or "match-viewer") and origin_ssl_protocols without SSLv3, TLSv1 or TLSv1.1.
#   Otherwise the requests, cookies and tokens viewers sent over HTTPS continue to the origin in clear text or over
#   broken protocols.
# scope: package
# custom:
#   id: aws-cloudfront-origin-https
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Set custom_origin_config { origin_protocol_policy = "https-only", origin_ssl_protocols = ["TLSv1.2"] } on each
#     custom origin.
#   resourceTypes: [aws_cloudfront_distribution]
package plangate.rules.aws_cloudfront_origin_https

import data.plangate.lib.resources
import rego.v1

outdated_protocols := {"SSLv3", "TLSv1", "TLSv1.1"}

applies contains r.id if {
	some r in resources.of_type("aws_cloudfront_distribution")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudfront_distribution")
	some origin in object.get(r.values, "origin", [])
	some config in object.get(origin, "custom_origin_config", [])
	config.origin_protocol_policy != "https-only"
	msg := sprintf("%s may reach origin %s over plain HTTP (origin_protocol_policy = \"%s\"); use \"https-only\"", [r.address, object.get(origin, "origin_id", "(unnamed)"), config.origin_protocol_policy])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudfront_distribution")
	some origin in object.get(r.values, "origin", [])
	some config in object.get(origin, "custom_origin_config", [])
	outdated := [p | some p in object.get(config, "origin_ssl_protocols", []); p in outdated_protocols]
	count(outdated) > 0
	msg := sprintf("%s allows %s towards origin %s; keep only TLSv1.2 in origin_ssl_protocols", [r.address, concat(", ", sort(outdated)), object.get(origin, "origin_id", "(unnamed)")])
}

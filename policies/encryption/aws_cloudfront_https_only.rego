# METADATA
# title: CloudFront distributions serve viewers only over HTTPS
# description: >-
#   The default and every ordered cache behaviour of an aws_cloudfront_distribution set viewer_protocol_policy to
#   "redirect-to-https" or "https-only". With "allow-all", pages, cookies and tokens travel to viewers in clear text.
# scope: package
# custom:
#   id: aws-cloudfront-https-only
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set viewer_protocol_policy = "redirect-to-https" in every cache behaviour.
#   resourceTypes: [aws_cloudfront_distribution]
package plangate.rules.aws_cloudfront_https_only

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_cloudfront_distribution")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudfront_distribution")
	some behaviour in behaviours(r)
	behaviour.policy == "allow-all"
	msg := sprintf("%s serves %s over plain HTTP (viewer_protocol_policy = \"allow-all\"); use \"redirect-to-https\"", [r.address, behaviour.name])
}

behaviours(r) := array.concat(
	[{"name": "the default cache behaviour", "policy": b.viewer_protocol_policy} | some b in object.get(r.values, "default_cache_behavior", [])],
	[{"name": sprintf("path %s", [b.path_pattern]), "policy": b.viewer_protocol_policy} | some b in object.get(r.values, "ordered_cache_behavior", [])],
)

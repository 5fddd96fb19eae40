# METADATA
# title: CloudFront distributions are protected by a web application firewall
# description: >-
#   An aws_cloudfront_distribution names an AWS WAF web ACL in web_acl_id, so injection attempts, bad bots and
#   request floods are filtered before they reach the origin.
# scope: package
# custom:
#   id: aws-cloudfront-waf
#   severity: low
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.23" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "6.4.2" }
#   remediation: >-
#     Create an aws_wafv2_web_acl with scope CLOUDFRONT (with the AWS managed rule groups) and set web_acl_id
#     to its ARN.
#   resourceTypes: [aws_cloudfront_distribution]
package plangate.rules.aws_cloudfront_waf

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_cloudfront_distribution"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["web_acl_id"])
	not attributes.unknown(r, ["web_acl_id"])
	msg := sprintf("%s is not protected by a web ACL; set web_acl_id to an AWS WAF web ACL", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["web_acl_id"])
	not attributes.refers(r, "web_acl_id")
	msg := sprintf("%s: web_acl_id is known only after apply", [r.address])
}

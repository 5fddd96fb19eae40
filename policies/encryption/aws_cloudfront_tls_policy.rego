# METADATA
# title: CloudFront distributions accept only TLS 1.2 or later from viewers
# description: >-
#   An aws_cloudfront_distribution uses its own certificate (viewer_certificate with acm_certificate_arn or
#   iam_certificate_id) with a minimum_protocol_version of TLSv1.2_2019 or later. The default *.cloudfront.net
#   certificate, and the older policies, still accept TLS 1.0 and 1.1.
# scope: package
# custom:
#   id: aws-cloudfront-tls-policy
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Set viewer_certificate { acm_certificate_arn = ..., ssl_support_method = "sni-only",
#     minimum_protocol_version = "TLSv1.2_2021" }.
#   resourceTypes: [aws_cloudfront_distribution]
package plangate.rules.aws_cloudfront_tls_policy

import data.plangate.lib.resources
import rego.v1

# Security policies whose minimum is TLS 1.2 with modern ciphers (TLSv1.2_2018 still allows SHA-1 ciphers).
modern := `^TLSv1\.(2_(2019|2021|2025)|3_\d{4})$`

applies contains r.id if {
	some r in resources.of_type("aws_cloudfront_distribution")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudfront_distribution")
	some certificate in object.get(r.values, "viewer_certificate", [])
	certificate.cloudfront_default_certificate == true
	msg := sprintf("%s uses the default *.cloudfront.net certificate, which accepts TLS 1.0; use an ACM certificate with minimum_protocol_version = \"TLSv1.2_2021\"", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_cloudfront_distribution")
	some certificate in object.get(r.values, "viewer_certificate", [])
	not certificate.cloudfront_default_certificate == true
	version := object.get(certificate, "minimum_protocol_version", "TLSv1")
	not regex.match(modern, version)
	msg := sprintf("%s accepts viewers below TLS 1.2 (minimum_protocol_version = \"%s\"); use \"TLSv1.2_2021\"", [r.address, version])
}

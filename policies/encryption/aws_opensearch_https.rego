# METADATA
# title: OpenSearch domains accept only HTTPS with TLS 1.2 or later
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain sets domain_endpoint_options { enforce_https = true } and a
#   tls_security_policy of TLS 1.2 or later. Otherwise clients may send queries and credentials over plain HTTP, or
#   negotiate TLS 1.0 (the policy's default).
# scope: package
# custom:
#   id: aws-opensearch-https
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Set domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" }.
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_https

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

# TLS security policies whose minimum version is TLS 1.2.
tls12_policies := {"Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["domain_endpoint_options", "enforce_https"])
	not attributes.unknown(r, ["domain_endpoint_options", "enforce_https"])
	msg := sprintf("%s accepts plain HTTP; set domain_endpoint_options { enforce_https = true }", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not tls12(r)
	not attributes.unknown(r, ["domain_endpoint_options", "tls_security_policy"])
	msg := sprintf("%s accepts TLS versions before 1.2; set tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some attribute in ["enforce_https", "tls_security_policy"]
	attributes.unknown(r, ["domain_endpoint_options", attribute])
	msg := sprintf("%s: domain_endpoint_options.%s is known only after apply", [r.address, attribute])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
tls12(r) if attributes.value(r, ["domain_endpoint_options", "tls_security_policy"]) in tls12_policies

# METADATA
# title: Classic load balancers listen only with TLS
# description: >-
#   Every listener of a classic aws_elb uses lb_protocol HTTPS or SSL. An HTTP or TCP listener takes the client's
#   requests, cookies and credentials in clear text, and a classic load balancer cannot redirect HTTP to HTTPS.
# scope: package
# custom:
#   id: aws-elb-https-listener
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Replace the listener with lb_protocol = "https" and an ssl_certificate_id, or move to an application load
#     balancer that redirects HTTP to HTTPS.
#   resourceTypes: [aws_elb]
package plangate.rules.aws_elb_https_listener

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_elb")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_elb")
	some listener in object.get(r.values, "listener", [])
	protocol := lower(listener.lb_protocol)
	protocol in {"http", "tcp"}
	msg := sprintf("%s accepts unencrypted %s on port %v; use an HTTPS or SSL listener", [r.address, upper(protocol), listener.lb_port])
}

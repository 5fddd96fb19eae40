# METADATA
# title: Load balancer listeners use TLS with a modern policy
# description: >-
#   Application and network load balancer listeners accept only HTTPS or TLS, with a TLS policy from the allowed
#   list; plain HTTP listeners are allowed only when they redirect to HTTPS.
# scope: package
# custom:
#   id: aws-lb-listener-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#   remediation: >-
#     Use protocol = "HTTPS" (or "TLS") with ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06", or make the HTTP
#     listener's default action a redirect to HTTPS.
#   resourceTypes: [aws_lb_listener, aws_alb_listener]
#   parameters: [allowed_ssl_policies]
package plangate.rules.aws_lb_listener_tls

import data.plangate.lib.resources
import data.plangate.lib.settings
import rego.v1

types := {"aws_lb_listener", "aws_alb_listener"}

applies contains r.id if {
	some r in resources.of_types(types)
}

redirects_to_https(r) if {
	some action in r.values.default_action
	action.type == "redirect"
	some redirect in action.redirect
	redirect.protocol == "HTTPS"
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.values.protocol in {"HTTP", "TCP", "UDP", "TCP_UDP"}
	not redirects_to_https(r)
	msg := sprintf("%s listens on %s without TLS; use HTTPS or TLS, or redirect to HTTPS", [r.address, r.values.protocol])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.values.protocol in {"HTTPS", "TLS"}
	s := settings.of(r, ["ssl_policy"])
	s.known
	not s.value in data.plangate.params.allowed_ssl_policies
	msg := sprintf("%s uses TLS policy '%s'%s, which allows outdated protocols; use one of %s", [r.address, s.value, settings.origin(s), concat(", ", data.plangate.params.allowed_ssl_policies)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.values.protocol in {"HTTPS", "TLS"}
	s := settings.of(r, ["ssl_policy"])
	not s.known
	msg := sprintf("%s: %s", [r.address, s.reason])
}

evidence contains {"id": r.id, "msg": settings.observed(["ssl_policy"], s)} if {
	some r in resources.of_types(types)
	r.values.protocol in {"HTTPS", "TLS"}
	s := settings.of(r, ["ssl_policy"])
	s.known
	s.value in data.plangate.params.allowed_ssl_policies
}

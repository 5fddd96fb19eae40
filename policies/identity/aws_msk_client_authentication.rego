# METADATA
# title: MSK clusters require clients to authenticate
# description: >-
#   An aws_msk_cluster does not allow unauthenticated clients (client_authentication.unauthenticated = true). Every
#   client should prove who it is, with IAM, SASL/SCRAM or TLS certificates, so that topic ACLs and audit logs can
#   tell producers and consumers apart.
# scope: package
# custom:
#   id: aws-msk-client-authentication
#   severity: high
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.2.1" }
#   remediation: >-
#     Set client_authentication { unauthenticated = false, sasl { iam = true } } (or scram, or tls with a certificate
#     authority).
#   resourceTypes: [aws_msk_cluster]
package plangate.rules.aws_msk_client_authentication

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_msk_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	attributes.value(r, ["client_authentication", "unauthenticated"]) == true
	msg := sprintf("%s accepts unauthenticated clients; set client_authentication { unauthenticated = false } and an authentication method", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	count(object.get(r.values, "client_authentication", [])) == 0
	not attributes.unknown(r, ["client_authentication"])
	msg := sprintf("%s configures no client authentication, so any client in the network can connect; add a client_authentication block", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	attributes.unknown(r, ["client_authentication", "unauthenticated"])
	msg := sprintf("%s: client_authentication.unauthenticated is known only after apply", [r.address])
}

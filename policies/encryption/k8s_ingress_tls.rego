# METADATA
# title: Ingresses terminate TLS
# description: >-
#   Every Kubernetes Ingress declares spec.tls for the hosts it serves, so traffic from clients is encrypted in
#   transit (an Ingress without tls serves plain HTTP).
# scope: package
# custom:
#   id: k8s-ingress-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#   remediation: Add spec.tls with the Ingress's hosts and a secretName holding the certificate (or a cert-manager annotation that creates it).
#   resourceTypes: [Ingress]
package plangate.rules.k8s_ingress_tls

import rego.v1

applies contains r.id if {
	some r in input.resources
	ingress(r)
}

ingress(r) if {
	r.source == "kubernetes"
	r.kind == "Ingress"
}

tls_entries(r) := [t | some t in r.values.spec.tls]

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	ingress(r)
	count(tls_entries(r)) == 0
	msg := sprintf("Ingress %s has no spec.tls, so it serves plain HTTP; add a tls entry with its hosts and certificate secret", [r.address])
}

# Hosts the Ingress routes that no tls entry covers.
uncovered_hosts(r) := [h |
	some rule in r.values.spec.rules
	h := rule.host
	not covered(r, h)
]

covered(r, host) if {
	some t in tls_entries(r)
	host in t.hosts
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	ingress(r)
	count(tls_entries(r)) > 0
	hosts := uncovered_hosts(r)
	count(hosts) > 0
	msg := sprintf("Ingress %s serves %s without TLS; list them under spec.tls hosts", [r.address, concat(", ", hosts)])
}

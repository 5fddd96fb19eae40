# METADATA
# title: GKE control planes are not open to the internet
# description: >-
#   A GKE cluster's API server is reachable only through a private endpoint, or from the networks listed in
#   master_authorized_networks_config (none of them 0.0.0.0/0); a public endpoint open to everyone exposes the
#   cluster's control plane to credential attacks.
# scope: package
# custom:
#   id: google-gke-private-control-plane
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: CIS-GKE, id: "6.6.1" }
#   remediation: >-
#     Add master_authorized_networks_config with your admin networks' CIDR blocks, or a private_cluster_config
#     with enable_private_endpoint = true.
#   resourceTypes: [google_container_cluster]
package plangate.rules.google_gke_private_control_plane

import data.plangate.lib.resources
import rego.v1

world := {"0.0.0.0/0", "::/0"}

applies contains r.id if {
	some r in resources.of_type("google_container_cluster")
}

private_endpoint(r) if {
	some config in r.values.private_cluster_config
	config.enable_private_endpoint == true
}

authorized_cidrs(r) := [block.cidr_block |
	some config in r.values.master_authorized_networks_config
	some block in config.cidr_blocks
]

restricted(r) if private_endpoint(r)

# Authorized networks switched on (the block is present) with no CIDR open to everyone; an empty list admits no
# external address at all.
restricted(r) if {
	count(r.values.master_authorized_networks_config) > 0
	every cidr in authorized_cidrs(r) {
		not cidr in world
	}
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("google_container_cluster")
	not restricted(r)
	msg := sprintf("GKE cluster %s has a public control plane endpoint open to any address; add master_authorized_networks_config or a private endpoint", [r.address])
}

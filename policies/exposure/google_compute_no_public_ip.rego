# METADATA
# title: Compute instances have no public IP address
# description: >-
#   No compute instance has an external IP address (an access_config block on a network interface); instances are
#   reached through load balancers, IAP or a bastion, so they are not exposed to the internet directly.
# scope: package
# custom:
#   id: google-compute-no-public-ip
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: CIS-GCP, id: "4.9" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Remove the access_config blocks; use Cloud NAT for egress and IAP or a load balancer for ingress.
#   resourceTypes: [google_compute_instance, google_compute_instance_template]
package plangate.rules.google_compute_no_public_ip

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

machines := resources.of_types({"google_compute_instance", "google_compute_instance_template"})

applies contains r.id if some r in machines

deny contains {"id": r.id, "msg": msg} if {
	some r in machines
	some i, nic in blocks.of(r, "network_interface")
	count(blocks.inner(nic, "access_config")) > 0
	msg := sprintf("%s has a public IP address on network interface %d; remove its access_config", [r.address, i])
}

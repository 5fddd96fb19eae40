# METADATA
# title: Subnetworks have VPC flow logs
# description: >-
#   Every VPC subnetwork that carries VM traffic has flow logs (a log_config block), recording the connections to
#   and from its instances for incident investigation and network monitoring.
# scope: package
# custom:
#   id: google-subnet-flow-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: CIS-GCP, id: "3.8" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: Add a log_config block (aggregation_interval, flow_sampling = 0.5 or more, metadata = "INCLUDE_ALL_METADATA").
#   resourceTypes: [google_compute_subnetwork]
package plangate.rules.google_subnet_flow_logs

import data.plangate.lib.blocks
import data.plangate.lib.resources
import rego.v1

# Proxy-only and Private Service Connect subnets carry no VM traffic and cannot have flow logs.
proxy_purposes := {"INTERNAL_HTTPS_LOAD_BALANCER", "REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "PRIVATE_SERVICE_CONNECT"}

subnets := [r | some r in resources.of_type("google_compute_subnetwork"); not proxy_only(r)]

proxy_only(r) if r.values.purpose in proxy_purposes

applies contains r.id if some r in subnets

deny contains {"id": r.id, "msg": msg} if {
	some r in subnets
	blocks.absent(r, "log_config")
	msg := sprintf("subnetwork %s has no flow logs; add a log_config block", [r.address])
}

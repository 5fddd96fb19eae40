# METADATA
# title: Compute instances keep the serial port closed
# description: >-
#   No compute instance enables interactive serial console access (metadata serial-port-enable, on the instance or
#   inherited from the project), which accepts connections from any IP address and bypasses the instance's firewall
#   rules.
# scope: package
# custom:
#   id: google-compute-serial-port-disabled
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: CIS-GCP, id: "4.5" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.5" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "2.2.4" }
#   remediation: Remove serial-port-enable from the instance metadata (or set it to FALSE).
#   resourceTypes: [google_compute_instance]
package plangate.rules.google_compute_serial_port

import data.plangate.lib.gcp
import rego.v1

applies contains r.id if some r in gcp.instances

deny contains {"id": r.id, "msg": msg} if {
	some r in gcp.instances
	gcp.metadata_true(r, "serial-port-enable")
	msg := sprintf("%s enables interactive serial port access; remove metadata serial-port-enable", [r.address])
}

# The project's metadata applies to instances that leave the setting unset.
deny contains {"id": r.id, "msg": msg} if {
	some r in gcp.instances
	not gcp.metadata_true(r, "serial-port-enable")
	not gcp.metadata_false(r, "serial-port-enable")
	gcp.project_metadata_true("serial-port-enable")
	msg := sprintf("%s inherits interactive serial port access from the project metadata; set serial-port-enable = \"FALSE\" on it or remove it from the project", [r.address])
}

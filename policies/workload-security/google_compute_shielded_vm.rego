# METADATA
# title: Compute instances are Shielded VMs
# description: >-
#   Every compute instance boots with Secure Boot, a virtual TPM and integrity monitoring
#   (shielded_instance_config), which detect and block boot-level and kernel-level malware.
# scope: package
# custom:
#   id: google-compute-shielded-vm
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: CIS-GCP, id: "4.8" }
#     - { framework: ISO27001:2022, id: "A.8.7" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.8" }
#     - { framework: PCI-DSS-4.0, id: "5.2.1" }
#   remediation: >-
#     Add shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }
#     and use a Shielded VM image.
#   resourceTypes: [google_compute_instance]
package plangate.rules.google_compute_shielded_vm

import data.plangate.lib.blocks
import data.plangate.lib.gcp
import rego.v1

# Each setting with the provider's default when the block leaves it out (Secure Boot is off unless asked for).
settings := {"enable_secure_boot": false, "enable_vtpm": true, "enable_integrity_monitoring": true}

# The setting is on: set to true, or left out (null) where the provider's default is on.
enabled(config, key, _) if config[key] == true

enabled(config, key, fallback) if {
	object.get(config, key, null) == null
	fallback == true
}

applies contains r.id if some r in gcp.instances

deny contains {"id": r.id, "msg": msg} if {
	some r in gcp.instances
	off := [key | some key, fallback in settings; not enabled(blocks.first(r, "shielded_instance_config"), key, fallback)]
	count(off) > 0
	msg := sprintf("%s is not a full Shielded VM (%s off); set them to true in shielded_instance_config", [r.address, concat(", ", sort(off))])
}

# METADATA
# title: Resources are placed in allowed regions
# description: >-
#   Every resource with a known region or location sits in an allowed region for its cloud (by default the EU
#   regions), keeping data and processing within the agreed jurisdiction (GDPR Chapter V).
# scope: package
# custom:
#   id: allowed-regions
#   severity: medium
#   category: residency
#   controls:
#     - { framework: GDPR, id: Art.44 }
#     - { framework: GDPR, id: Art.46 }
#     - { framework: ISO27001:2022, id: A.5.31 }
#   remediation: Deploy to an allowed region (set the provider's region or the resource's location), or extend allowed_regions.
#   resourceTypes: [Terraform resources of aws, google and azurerm with a region or location]
#   parameters: [allowed_regions]
package plangate.rules.allowed_regions

import rego.v1

judged(r) if {
	r.source == "terraform"
	data.plangate.params.allowed_regions[r.provider]
	is_string(r.region)
}

applies contains r.id if {
	some r in input.resources
	judged(r)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	judged(r)
	allowed := data.plangate.params.allowed_regions[r.provider]
	not lower(r.region) in {lower(a) | some a in allowed}
	msg := sprintf("%s %s is in region '%s', which is not allowed for %s (allowed: %s)", [r.type, r.address, r.region, r.provider, concat(", ", allowed)])
}

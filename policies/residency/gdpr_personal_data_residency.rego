# METADATA
# title: Personal data stays in allowed regions
# description: >-
#   Data stores tagged personal-data = "true" are placed in an allowed region (by default the EU regions of
#   each cloud), so personal data is not transferred outside the agreed jurisdiction (GDPR Art.44, Chapter V).
# scope: package
# custom:
#   id: gdpr-personal-data-residency
#   severity: high
#   category: residency
#   controls:
#     - { framework: GDPR, id: Art.44 }
#     - { framework: ISO27001:2022, id: A.5.34 }
#   remediation: Move the data store to an allowed region, or adjust allowed_regions if the transfer is lawful.
#   resourceTypes: [data stores with personal-data = "true"]
#   parameters: [allowed_regions, personal_data_tag]
package plangate.rules.gdpr_personal_data_residency

import data.plangate.lib.datastores
import data.plangate.lib.tags
import rego.v1

personal(r) if {
	datastores.is_datastore(r)
	tags.tag(r, data.plangate.params.personal_data_tag) == "true"
}

applies contains r.id if {
	some r in datastores.personal_stores
	personal(r)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in datastores.personal_stores
	personal(r)
	is_string(r.region)
	allowed := object.get(data.plangate.params.allowed_regions, r.provider, [])
	not lower(r.region) in {lower(a) | some a in allowed}
	msg := sprintf("%s holds personal data in region '%s', outside the allowed regions (%s)", [r.address, r.region, concat(", ", allowed)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in datastores.personal_stores
	personal(r)
	not has_region(r)
	msg := sprintf("%s holds personal data but its region is not known before apply: %s", [r.address, object.get(r, "regionUnknown", "the plan gives no region")])
}

has_region(r) if is_string(r.region)

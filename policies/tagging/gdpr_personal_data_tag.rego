# METADATA
# title: Data stores declare whether they hold personal data
# description: >-
#   Every data store (bucket, database, disk, queue, cache, stream) carries the personal-data tag set to "true"
#   or "false", so the record of processing activities (GDPR Art.30) can be derived from the infrastructure.
# scope: package
# custom:
#   id: gdpr-personal-data-tag
#   severity: medium
#   category: tagging
#   controls:
#     - { framework: GDPR, id: Art.30 }
#     - { framework: ISO27001:2022, id: A.5.34 }
#     - { framework: ISO27001:2022, id: A.5.12 }
#   remediation: Tag the data store with personal-data = "true" or "false".
#   resourceTypes: [data stores]
#   parameters: [personal_data_tag, personal_data_values]
package plangate.rules.gdpr_personal_data_tag

import data.plangate.lib.datastores
import data.plangate.lib.tags
import rego.v1

applies contains r.id if {
	some r in datastores.stores
}

deny contains {"id": r.id, "msg": msg} if {
	some r in datastores.stores
	key := data.plangate.params.personal_data_tag
	allowed := data.plangate.params.personal_data_values
	not tags.tag(r, key) in allowed
	msg := sprintf("%s: tag '%s' must be one of %s (found '%s')", [r.address, key, concat(", ", allowed), tags.tag(r, key)])
}

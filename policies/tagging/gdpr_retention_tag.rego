# METADATA
# title: Personal data stores declare a retention period
# description: >-
#   A data store holding personal data carries a retention tag (for example 30d or 1y), so that storage
#   limitation (GDPR Art.5(1)(e)) is stated where the data lives.
# scope: package
# custom:
#   id: gdpr-retention-tag
#   severity: medium
#   category: tagging
#   controls:
#     - { framework: GDPR, id: Art.5(1)(e) }
#     - { framework: ISO27001:2022, id: A.5.33 }
#   remediation: Add a retention tag such as retention = "1y" to the data store.
#   resourceTypes: [data stores with personal-data = "true"]
#   parameters: [personal_data_tag, retention_tag, retention_pattern]
package plangate.rules.gdpr_retention_tag

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
	key := data.plangate.params.retention_tag
	not regex.match(data.plangate.params.retention_pattern, tags.tag(r, key))
	msg := sprintf("%s holds personal data but its '%s' tag is missing or not a period like 30d or 1y (found '%s')", [r.address, key, tags.tag(r, key)])
}

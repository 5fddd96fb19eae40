# METADATA
# title: Personal data is encrypted with a customer-managed key
# description: >-
#   Data stores tagged personal-data = "true" are encrypted with a key the organisation manages (KMS, Cloud KMS,
#   Key Vault), so access to the data can be revoked and audited (GDPR Art.25 and Art.32).
# scope: package
# custom:
#   id: gdpr-personal-data-cmk
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: Art.25 }
#     - { framework: GDPR, id: Art.32 }
#     - { framework: ISO27001:2022, id: A.8.24 }
#   remediation: >-
#     Set the store's customer-managed key (kms_key_id, kms_master_key_id, default_kms_key_name, key_vault_key_id
#     ...) to a key resource you manage, e.g. kms_key_id = aws_kms_key.data.arn.
#   resourceTypes: [data stores with personal-data = "true"]
#   parameters: [personal_data_tag]
package plangate.rules.gdpr_personal_data_cmk

import data.plangate.lib.datastores
import data.plangate.lib.tags
import rego.v1

# Data stores that can take a customer-managed key.
cmk_types := object.keys(datastores.cmk_attributes) | {"aws_s3_bucket"}

personal(r) if {
	datastores.is_datastore(r)
	r.type in cmk_types
	tags.tag(r, data.plangate.params.personal_data_tag) == "true"
}

applies contains r.id if {
	some r in datastores.personal_stores
	personal(r)
}

# Settled without the key: encryption is switched off, or the key is known and is no customer-managed key.
not_cmk(r) if datastores.encryption_off(r)

not_cmk(r) if not datastores.cmk_unknown(r)

deny contains {"id": r.id, "msg": msg} if {
	some r in datastores.personal_stores
	personal(r)
	not datastores.uses_cmk(r)
	not_cmk(r)
	msg := sprintf("%s holds personal data but is not encrypted with a customer-managed key; %s", [r.address, fix(r)])
}

fix(r) := "add an aws_s3_bucket_server_side_encryption_configuration whose kms_master_key_id refers to an aws_kms_key" if {
	r.type == "aws_s3_bucket"
} else := sprintf("switch encryption on (%s = true) and set %s to a customer-managed key", [datastores.encryption_switch[r.type], concat(" or ", datastores.cmk_attributes[r.type])]) if {
	datastores.encryption_off(r)
} else := sprintf("set %s to a customer-managed key", [concat(" or ", datastores.cmk_attributes[r.type])])

unknown contains {"id": r.id, "msg": msg} if {
	some r in datastores.personal_stores
	personal(r)
	not datastores.uses_cmk(r)
	not datastores.encryption_off(r)
	datastores.cmk_unknown(r)
	msg := sprintf("%s holds personal data; its encryption key is not known before apply: %s", [r.address, concat("; ", datastores.cmk_unknown_reasons(r))])
}

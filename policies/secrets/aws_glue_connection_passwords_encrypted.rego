# METADATA
# title: The Glue Data Catalog encrypts connection passwords
# description: >-
#   The aws_glue_data_catalog_encryption_settings set connection_password_encryption {
#   return_connection_password_encrypted = true }, so the database passwords of Glue connections are stored and
#   returned encrypted, not readable by everyone allowed glue:GetConnection.
# scope: package
# custom:
#   id: aws-glue-connection-passwords-encrypted
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Set data_catalog_encryption_settings { connection_password_encryption {
#     return_connection_password_encrypted = true, aws_kms_key_id = ... } }.
#   resourceTypes: [aws_glue_data_catalog_encryption_settings]
package plangate.rules.aws_glue_connection_passwords_encrypted

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_glue_data_catalog_encryption_settings"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["data_catalog_encryption_settings", "connection_password_encryption", "return_connection_password_encrypted"])
	not attributes.unknown(r, ["data_catalog_encryption_settings", "connection_password_encryption", "return_connection_password_encrypted"])
	msg := sprintf("%s returns Glue connection passwords in plaintext; set return_connection_password_encrypted = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["data_catalog_encryption_settings", "connection_password_encryption", "return_connection_password_encrypted"])
	msg := sprintf("%s: data_catalog_encryption_settings.connection_password_encryption.return_connection_password_encrypted is known only after apply", [r.address])
}

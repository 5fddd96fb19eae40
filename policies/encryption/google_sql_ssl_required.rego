# METADATA
# title: Cloud SQL instances require SSL
# description: Cloud SQL instances refuse unencrypted client connections.
# scope: package
# custom:
#   id: google-sql-ssl-required
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: CIS-GCP, id: "6.4" }
#   remediation: >-
#     In settings.ip_configuration set ssl_mode = "ENCRYPTED_ONLY" or "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
#     (require_ssl = true on older google providers).
#   resourceTypes: [google_sql_database_instance]
package plangate.rules.google_sql_ssl_required

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("google_sql_database_instance")
}

requires_ssl(r) if attributes.value(r, ["settings", "ip_configuration", "ssl_mode"]) in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

requires_ssl(r) if attributes.value(r, ["settings", "ip_configuration", "require_ssl"]) == true

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("google_sql_database_instance")
	not requires_ssl(r)
	msg := sprintf("%s accepts unencrypted connections; set settings.ip_configuration.ssl_mode = \"ENCRYPTED_ONLY\"", [r.address])
}

# METADATA
# title: Cloud SQL for PostgreSQL logs connections
# description: PostgreSQL Cloud SQL instances set the log_connections and log_disconnections flags on.
# scope: package
# custom:
#   id: google-sql-connection-logging
#   severity: low
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: CIS-GCP, id: "6.2.2" }
#   remediation: Add database_flags { name = "log_connections", value = "on" } and the same for log_disconnections.
#   resourceTypes: [google_sql_database_instance]
package plangate.rules.google_sql_audit_logging

import data.plangate.lib.resources
import rego.v1

flags := ["log_connections", "log_disconnections"]

applies contains r.id if {
	some r in resources.of_type("google_sql_database_instance")
	startswith(r.values.database_version, "POSTGRES")
}

flag_on(r, name) if {
	some settings in r.values.settings
	some flag in settings.database_flags
	flag.name == name
	flag.value == "on"
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("google_sql_database_instance")
	startswith(r.values.database_version, "POSTGRES")
	missing := [f | some f in flags; not flag_on(r, f)]
	count(missing) > 0
	msg := sprintf("%s does not log %s; set the database flags to \"on\"", [r.address, concat(" and ", missing)])
}

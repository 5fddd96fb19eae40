# METADATA
# title: Cloud SQL instances are not open to the internet
# description: No Cloud SQL instance authorises 0.0.0.0/0 as a network.
# scope: package
# custom:
#   id: google-sql-no-public-network
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: CIS-GCP, id: "6.5" }
#   remediation: Remove 0.0.0.0/0 from settings.ip_configuration.authorized_networks; use private IP or the Cloud SQL Auth Proxy.
#   resourceTypes: [google_sql_database_instance]
package plangate.rules.google_sql_no_public_network

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("google_sql_database_instance")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("google_sql_database_instance")
	some settings in r.values.settings
	some ip in settings.ip_configuration
	some network in ip.authorized_networks
	network.value in {"0.0.0.0/0", "::/0"}
	msg := sprintf("%s authorises %s; remove it from authorized_networks", [r.address, network.value])
}

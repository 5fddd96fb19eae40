# METADATA
# title: PostgreSQL and MySQL flexible servers require TLS
# description: >-
#   No server parameter of a PostgreSQL or MySQL flexible server switches require_secure_transport off or allows
#   TLS versions older than 1.2 (tls_version, ssl_min_protocol_version), so clients cannot connect unencrypted.
# scope: package
# custom:
#   id: azure-flexible-server-tls
#   severity: high
#   category: encryption
#   controls:
#     - { framework: CIS-AZURE, id: "4.3.1" }
#     - { framework: CIS-AZURE, id: "4.4.1" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Remove the parameter (the servers require TLS 1.2 by default) or set require_secure_transport = ON.
#   resourceTypes: [azurerm_postgresql_flexible_server_configuration, azurerm_mysql_flexible_server_configuration]
package plangate.rules.azure_flexible_server_tls

import data.plangate.lib.azure
import data.plangate.lib.resources
import rego.v1

parameters := resources.of_types(azure.flexible_configuration_types)

# Server parameters about transport security, each with the values that weaken it.
weakening := {
	"require_secure_transport": {"off", "0", "false"},
	"tls_version": {"tlsv1", "tlsv1.1", "tlsv1,tlsv1.1", "tlsv1,tlsv1.1,tlsv1.2", "tlsv1.1,tlsv1.2"},
	"ssl_min_protocol_version": {"tlsv1", "tlsv1.1"},
}

applies contains r.id if {
	some r in parameters
	weakening[lower(r.values.name)]
}

deny contains {"id": r.id, "msg": msg} if {
	some r in parameters
	lower(replace(r.values.value, " ", "")) in weakening[lower(r.values.name)]
	msg := sprintf("%s sets %s = %s, which lets clients connect without TLS 1.2; remove it or require TLS", [r.address, r.values.name, r.values.value])
}

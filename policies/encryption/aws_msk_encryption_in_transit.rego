# METADATA
# title: MSK clusters encrypt traffic with clients and between brokers
# description: >-
#   An aws_msk_cluster keeps encryption_info.encryption_in_transit at its secure defaults: client_broker = "TLS"
#   (not "PLAINTEXT" or "TLS_PLAINTEXT") and in_cluster = true. Otherwise records, and the credentials of clients
#   using SASL/SCRAM, cross the network in clear text.
# scope: package
# custom:
#   id: aws-msk-encryption-in-transit
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.7" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: Set encryption_info { encryption_in_transit { client_broker = "TLS", in_cluster = true } }.
#   resourceTypes: [aws_msk_cluster]
package plangate.rules.aws_msk_encryption_in_transit

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

path := ["encryption_info", "encryption_in_transit"]

applies contains r.id if {
	some r in resources.of_type("aws_msk_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	mode := attributes.value(r, array.concat(path, ["client_broker"]))
	mode in {"PLAINTEXT", "TLS_PLAINTEXT"}
	msg := sprintf("%s accepts plaintext connections from clients (client_broker = \"%s\"); set client_broker = \"TLS\"", [r.address, mode])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	attributes.value(r, array.concat(path, ["in_cluster"])) == false
	msg := sprintf("%s replicates between brokers unencrypted; set in_cluster = true", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	some attribute in ["client_broker", "in_cluster"]
	attributes.unknown(r, array.concat(path, [attribute]))
	msg := sprintf("%s: encryption_in_transit.%s is known only after apply", [r.address, attribute])
}

# METADATA
# title: EMR security configurations encrypt data at rest and in transit
# description: >-
#   The JSON configuration of an aws_emr_security_configuration sets EncryptionConfiguration.EnableAtRestEncryption
#   and EnableInTransitEncryption to true, so EMRFS data in S3, local disks and shuffle traffic between nodes are
#   encrypted.
# scope: package
# custom:
#   id: aws-emr-security-configuration-encryption
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#     - { framework: PCI-DSS-4.0, id: "4.2.1" }
#   remediation: >-
#     Set "EncryptionConfiguration": { "EnableAtRestEncryption": true, "EnableInTransitEncryption": true, ... }
#     with the at-rest and TLS certificate settings.
#   resourceTypes: [aws_emr_security_configuration]
package plangate.rules.aws_emr_security_configuration_encryption

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

switches := {"EnableAtRestEncryption": "at rest", "EnableInTransitEncryption": "in transit"}

configuration(r) := json.unmarshal(r.values.configuration) if {
	is_string(r.values.configuration)
	json.is_valid(r.values.configuration)
}

applies contains r.id if {
	some r in resources.of_type("aws_emr_security_configuration")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_emr_security_configuration")
	doc := configuration(r)
	off := [what | some switch, what in switches; not object.get(object.get(doc, "EncryptionConfiguration", {}), switch, false) == true]
	count(off) > 0
	msg := sprintf("%s does not encrypt data %s", [r.address, concat(" or ", sort(off))])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_emr_security_configuration")
	attributes.unknown(r, ["configuration"])
	msg := sprintf("%s: the configuration is known only after apply", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_emr_security_configuration")
	is_string(r.values.configuration)
	not json.is_valid(r.values.configuration)
	msg := sprintf("%s: the configuration is not valid JSON", [r.address])
}

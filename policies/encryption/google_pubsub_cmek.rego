# METADATA
# title: Pub/Sub topics encrypt with a customer-managed key
# description: >-
#   Every Pub/Sub topic sets kms_key_name, so its messages are encrypted at rest with a Cloud KMS key the
#   organisation controls, can rotate and can revoke.
# scope: package
# custom:
#   id: google-pubsub-cmek
#   severity: medium
#   category: encryption
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: Set kms_key_name = google_kms_crypto_key.<name>.id on the google_pubsub_topic.
#   resourceTypes: [google_pubsub_topic]
package plangate.rules.google_pubsub_cmek

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

topics := resources.of_type("google_pubsub_topic")

applies contains r.id if some r in topics

deny contains {"id": r.id, "msg": msg} if {
	some r in topics
	not attributes.is_set(r, ["kms_key_name"])
	not attributes.unknown(r, ["kms_key_name"])
	msg := sprintf("Pub/Sub topic %s uses Google-managed encryption; set kms_key_name to a Cloud KMS key", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in topics
	not attributes.is_set(r, ["kms_key_name"])
	attributes.unknown(r, ["kms_key_name"])
	msg := sprintf("%s: kms_key_name is known only after apply", [r.address])
}

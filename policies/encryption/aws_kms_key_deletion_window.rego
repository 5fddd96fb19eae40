# METADATA
# title: KMS keys keep a deletion window long enough to undo a mistake
# description: >-
#   The deletion_window_in_days of an aws_kms_key is at least the kms_min_deletion_window_days parameter (14 by
#   default; AWS's own default is 30). Once a key is deleted, everything encrypted with it is lost for good; the
#   window is the only time in which a mistaken or malicious deletion can be cancelled.
# scope: package
# custom:
#   id: aws-kms-key-deletion-window
#   severity: low
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.8.13" }
#     - { framework: PCI-DSS-4.0, id: "3.7.5" }
#   remediation: Set deletion_window_in_days to 30 (or leave it unset to take AWS's default of 30).
#   resourceTypes: [aws_kms_key]
package plangate.rules.aws_kms_key_deletion_window

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_kms_key")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_kms_key")
	days := attributes.value(r, ["deletion_window_in_days"])
	is_number(days)
	days < data.plangate.params.kms_min_deletion_window_days
	msg := sprintf("%s can be deleted after %d days; set deletion_window_in_days to at least %d", [r.address, days, data.plangate.params.kms_min_deletion_window_days])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_kms_key")
	attributes.unknown(r, ["deletion_window_in_days"])
	msg := sprintf("%s: deletion_window_in_days is known only after apply", [r.address])
}

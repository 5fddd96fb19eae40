# METADATA
# title: SageMaker notebook instances have no direct internet access
# description: >-
#   An aws_sagemaker_notebook_instance sets direct_internet_access = "Disabled" and runs in a subnet. By
#   default the notebook reaches, and can be reached through, the internet outside the VPC's controls.
# scope: package
# custom:
#   id: aws-sagemaker-notebook-no-direct-internet
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Set direct_internet_access = "Disabled" and subnet_id (with a NAT gateway or VPC endpoints for what it
#     needs).
#   resourceTypes: [aws_sagemaker_notebook_instance]
package plangate.rules.aws_sagemaker_notebook_no_direct_internet

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_sagemaker_notebook_instance"}

# The only setting that keeps the notebook inside its VPC.
allowed := {"Disabled"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not compliant(r)
	not attributes.unknown(r, ["direct_internet_access"])
	msg := sprintf("%s has direct internet access; set direct_internet_access = \"Disabled\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["direct_internet_access"])
	msg := sprintf("%s: direct_internet_access is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
compliant(r) if attributes.value(r, ["direct_internet_access"]) in allowed

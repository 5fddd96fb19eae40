# METADATA
# title: SageMaker notebook users do not get root
# description: >-
#   An aws_sagemaker_notebook_instance sets root_access = "Disabled". By default notebook users are root on the
#   instance and can change its software, read every user's files and the instance role's credentials.
# scope: package
# custom:
#   id: aws-sagemaker-notebook-root-access
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: Set root_access = "Disabled" and install the software the notebooks need with a lifecycle configuration.
#   resourceTypes: [aws_sagemaker_notebook_instance]
package plangate.rules.aws_sagemaker_notebook_root_access

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_sagemaker_notebook_instance")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sagemaker_notebook_instance")
	not root_disabled(r)
	not attributes.unknown(r, ["root_access"])
	msg := sprintf("%s gives notebook users root; set root_access = \"Disabled\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_sagemaker_notebook_instance")
	attributes.unknown(r, ["root_access"])
	msg := sprintf("%s: root_access is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
root_disabled(r) if attributes.value(r, ["root_access"]) == "Disabled"

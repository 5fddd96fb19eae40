# METADATA
# title: EKS API servers are not open to the whole internet
# description: >-
#   An aws_eks_cluster either turns the public endpoint off (vpc_config { endpoint_public_access = false }) or
#   limits it with public_access_cidrs. By default the Kubernetes API server answers anyone on the internet
#   (public_access_cidrs = ["0.0.0.0/0"]), leaving it one leaked credential or unpatched flaw away from takeover.
# scope: package
# custom:
#   id: aws-eks-public-endpoint
#   severity: high
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: >-
#     Set vpc_config { endpoint_private_access = true, endpoint_public_access = false }, or keep the public endpoint
#     and list the office and CI ranges in public_access_cidrs.
#   resourceTypes: [aws_eks_cluster]
package plangate.rules.aws_eks_public_endpoint

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_eks_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_eks_cluster")
	not public_endpoint_off(r)
	not attributes.unknown(r, ["vpc_config", "endpoint_public_access"])
	not attributes.unknown(r, ["vpc_config", "public_access_cidrs"])
	open_to_all(r)
	msg := sprintf("%s exposes the Kubernetes API to the whole internet; set endpoint_public_access = false or narrow public_access_cidrs", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_eks_cluster")
	some attribute in ["endpoint_public_access", "public_access_cidrs"]
	attributes.unknown(r, ["vpc_config", attribute])
	msg := sprintf("%s: vpc_config.%s is known only after apply", [r.address, attribute])
}

# The public endpoint admits every address: public_access_cidrs lists 0.0.0.0/0 or is left to its default.
open_to_all(r) if "0.0.0.0/0" in attributes.value(r, ["vpc_config", "public_access_cidrs"])

open_to_all(r) if not cidrs_listed(r)

open_to_all(r) if count(attributes.value(r, ["vpc_config", "public_access_cidrs"])) == 0

cidrs_listed(r) if is_array(attributes.value(r, ["vpc_config", "public_access_cidrs"]))

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
public_endpoint_off(r) if attributes.value(r, ["vpc_config", "endpoint_public_access"]) == false

# METADATA
# title: ECR repository policies do not open images to everyone
# description: >-
#   An aws_ecr_repository_policy has no Allow statement for Principal "*" without a condition. Such a statement lets
#   any AWS account pull the images (and whatever secrets or code are baked into them), or, with push actions,
#   replace them.
# scope: package
# custom:
#   id: aws-ecr-repository-policy-not-public
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Name the accounts or roles that may pull, or narrow "*" with a condition such as aws:PrincipalOrgID.
#   resourceTypes: [aws_ecr_repository_policy]
package plangate.rules.aws_ecr_repository_policy_not_public

import data.plangate.lib.iam
import data.plangate.lib.resources
import rego.v1

judged := [r | some r in resources.of_type("aws_ecr_repository_policy"); iam.parsed(r.values.policy)]

applies contains r.id if {
	some r in judged
}

deny contains {"id": r.id, "msg": msg} if {
	some r in judged
	some i, statement in iam.statement_list(iam.parsed(r.values.policy))
	s := iam.normalise(statement)
	s.effect == "Allow"
	s.public_principal
	not s.conditioned
	msg := sprintf("%s lets any AWS principal %s (Principal \"*\" without a condition) in %s", [r.address, json.marshal(s.actions), iam.label(s, i)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ecr_repository_policy")
	r.unknown.policy == true
	msg := sprintf("%s: the repository policy is known only after apply", [r.address])
}

# METADATA
# title: IAM role trust policies do not let anyone assume the role
# description: >-
#   The trust policy (assume_role_policy) of an aws_iam_role does not allow Principal "*" (or {"AWS": "*"}) without
#   a condition. Such a role can be assumed from any AWS account in the world, with all of its permissions.
# scope: package
# custom:
#   id: aws-iam-role-trust-not-public
#   severity: critical
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: >-
#     Name the accounts, roles, services or identity providers that may assume the role, or add a condition
#     (aws:PrincipalOrgID, sts:ExternalId, the OIDC sub claim).
#   resourceTypes: [aws_iam_role]
package plangate.rules.aws_iam_role_trust_not_public

import data.plangate.lib.iam
import rego.v1

applies contains r.id if {
	some r in iam.roles
	iam.trust_statements[r.id]
}

deny contains {"id": r.id, "msg": msg} if {
	some r in iam.roles
	some i, s in iam.trust_statements[r.id]
	s.effect == "Allow"
	s.public_principal
	not s.conditioned
	msg := sprintf("%s can be assumed by any AWS principal (Principal \"*\" without a condition) in its trust policy, %s", [r.address, iam.label(s, i)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.roles
	msg := iam.trust_undecided[r.id]
}

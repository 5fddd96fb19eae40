# METADATA
# title: KMS key policies do not grant access to everyone
# description: >-
#   The key policy of an aws_kms_key (its `policy`, or an aws_kms_key_policy) has no Allow statement for Principal
#   "*" without a condition. Such a statement lets any AWS account use, or manage, the key that protects the data.
# scope: package
# custom:
#   id: aws-kms-key-policy-not-public
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.6.1" }
#   remediation: >-
#     Name the account root, roles or services that need the key, or narrow "*" with a condition
#     (kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID).
#   resourceTypes: [aws_kms_key, aws_kms_key_policy]
package plangate.rules.aws_kms_key_policy_not_public

import data.plangate.lib.iam
import data.plangate.lib.resources
import rego.v1

types := {"aws_kms_key", "aws_kms_key_policy"}

# Key policies whose JSON is known: a key without a policy gets AWS's default, which trusts only the account.
judged := [r | some r in resources.of_types(types); iam.parsed(r.values.policy)]

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
	msg := sprintf("%s lets any AWS principal use the key (Principal \"*\" without a condition) in %s", [r.address, iam.label(s, i)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.unknown.policy == true
	msg := sprintf("%s: the key policy is known only after apply", [r.address])
}

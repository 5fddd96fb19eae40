# METADATA
# title: IAM policies do not grant a whole service on every resource
# description: >-
#   No identity policy allows every action of a service ("s3:*", "ec2:*", "lambda:*", "kms:*" ...) on every
#   resource. Such a grant includes the service's destructive and administrative actions (deleting data,
#   scheduling key deletion, changing resource policies) on every resource of the account. iam:* and "*" have
#   their own rules.
# scope: package
# custom:
#   id: aws-iam-no-service-wildcard
#   severity: medium
#   category: identity
#   controls:
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: List the actions the identity needs, or name the resources ("arn:aws:s3:::prd-reports/*").
#   resourceTypes: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_policy_document]
package plangate.rules.aws_iam_no_service_wildcard

import data.plangate.lib.iam
import rego.v1

applies contains r.id if {
	some r in iam.holders
	iam.statements[r.id]
}

deny contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	some i, s in iam.statements[r.id]
	iam.identity_grant(s)
	iam.any_resource(s)
	services := iam.service_wildcards(s) - {"iam"}
	count(services) > 0
	wildcards := concat(", ", sort([sprintf("%s:*", [svc]) | some svc in services]))
	msg := sprintf("%s allows %s on every resource in %s%s", [r.address, wildcards, iam.label(s, i), iam.through(r)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in iam.holders
	msg := iam.undecided[r.id]
}

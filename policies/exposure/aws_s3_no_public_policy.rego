# METADATA
# title: S3 bucket policies do not grant access to everyone
# description: >-
#   No bucket policy (an aws_s3_bucket_policy, or the inline policy of an aws_s3_bucket) allows an action to
#   Principal "*" without a condition that narrows it.
# scope: package
# custom:
#   id: aws-s3-no-public-policy
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.32" }
#   remediation: Name the principals that need access, or add a Condition (aws:SourceVpce, aws:PrincipalOrgID ...).
#   resourceTypes: [aws_s3_bucket_policy, aws_s3_bucket]
package plangate.rules.aws_s3_no_public_policy

import rego.v1

types := {"aws_s3_bucket_policy", "aws_s3_bucket"}

# A policy document is judged when it is known; a bucket without an inline policy has none to judge.
policy_of(r) := json.unmarshal(r.values.policy) if {
	r.type in types
	is_string(r.values.policy)
	json.is_valid(r.values.policy)
}

applies contains r.id if {
	some r in input.resources
	policy_of(r)
}

statements(doc) := doc.Statement if is_array(doc.Statement)

statements(doc) := [doc.Statement] if is_object(doc.Statement)

everyone(principal) if principal == "*"

everyone(principal) if principal.AWS == "*"

everyone(principal) if "*" in principal.AWS

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	doc := policy_of(r)
	some s in statements(doc)
	s.Effect == "Allow"
	everyone(s.Principal)
	not s.Condition
	msg := sprintf("%s allows %s to everyone (Principal \"*\") without a condition", [r.address, json.marshal(s.Action)])
}

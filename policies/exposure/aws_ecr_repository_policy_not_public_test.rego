package plangate.rules.aws_ecr_repository_policy_not_public_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ecr_repository_policy_not_public as rule
import rego.v1

policy(statements) := t.tf("aws_ecr_repository_policy", "api", {"repository": "prd-api", "policy": json.marshal({"Version": "2012-10-17", "Statement": statements})})

pull := ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]

test_named_account_passes if {
	r := policy([{"Sid": "Ci", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": pull}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_everyone_fails if {
	r := policy([{"Sid": "Public", "Effect": "Allow", "Principal": "*", "Action": pull}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "statement \"Public\"")
}

test_organisation_condition_passes if {
	r := policy([{"Effect": "Allow", "Principal": "*", "Action": pull, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_unknown_policy_is_unknown if {
	r := t.with_unknown(t.tf("aws_ecr_repository_policy", "api", {"repository": "prd-api"}), {"policy": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_kms_key_policy_not_public_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_kms_key_policy_not_public as rule
import rego.v1

key(statements) := t.tf("aws_kms_key", "data", {"enable_key_rotation": true, "policy": json.marshal({"Version": "2012-10-17", "Statement": statements})})

account_root := {"Sid": "Account", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}

test_account_root_passes if {
	r := key([account_root])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_public_statement_fails if {
	r := key([account_root, {"Sid": "Everyone", "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*"}])
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "statement \"Everyone\"")
}

test_conditioned_star_passes if {
	r := key([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}}])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_default_policy_not_judged if {
	r := t.tf("aws_kms_key", "data", {"enable_key_rotation": true, "policy": null})
	count(rule.applies) == 0 with input as t.doc([r])
}

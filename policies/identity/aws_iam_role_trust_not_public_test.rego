package plangate.rules.aws_iam_role_trust_not_public_test

import data.plangate.lib.iam_testing as it
import data.plangate.lib.testing as t
import data.plangate.rules.aws_iam_role_trust_not_public as rule
import rego.v1

role(statements) := t.tf("aws_iam_role", "app", {"name": "prd-app", "assume_role_policy": json.marshal({"Version": "2012-10-17", "Statement": statements})})

outcome(resources, documents) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as it.doc(resources, documents)
	d := {o.id | some o in rule.deny} with input as it.doc(resources, documents)
	u := {o.id | some o in rule.unknown} with input as it.doc(resources, documents)
}

test_service_principal_passes if {
	r := role([{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}])
	o := outcome([r], [])
	o.applies == {r.id}
	count(o.deny) == 0
}

test_star_principal_fails if {
	r := role([{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}, "Action": "sts:AssumeRole"}])
	outcome([r], []).deny == {r.id}
}

test_star_principal_with_condition_passes if {
	r := role([{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}}])
	count(outcome([r], []).deny) == 0
}

test_public_document_through_reference_fails if {
	b := object.union(it.block(["sts:AssumeRole"], null), {"principals": [{"type": "AWS", "identifiers": ["*"]}]})
	d := it.document("trust", [b])
	r := t.with_refs(t.with_unknown(t.tf("aws_iam_role", "app", {"name": "prd-app"}), {"assume_role_policy": true}), {"assume_role_policy": ["data.aws_iam_policy_document.trust"]})
	outcome([r], [d]).deny == {r.id}
}

test_unreadable_trust_policy_is_unknown if {
	r := t.with_unknown(t.tf("aws_iam_role", "app", {"name": "prd-app"}), {"assume_role_policy": true})
	outcome([r], []).unknown == {r.id}
}

package plangate.rules.aws_eks_public_endpoint_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_eks_public_endpoint as rule
import rego.v1

cluster(vpc) := t.tf("aws_eks_cluster", "main", {"name": "prd-main", "vpc_config": [vpc]})

test_private_endpoint_passes if {
	r := cluster({"endpoint_private_access": true, "endpoint_public_access": false, "public_access_cidrs": ["0.0.0.0/0"]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_narrowed_public_endpoint_passes if {
	r := cluster({"endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24"]})
	count(rule.deny) == 0 with input as t.doc([r])
}

test_default_public_endpoint_fails if {
	r := cluster({"endpoint_private_access": false})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_open_cidr_fails if {
	r := cluster({"endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_cidrs_are_unknown if {
	r := t.with_unknown(cluster({"endpoint_public_access": true}), {"vpc_config": [{"public_access_cidrs": true}]})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

package plangate.rules.aws_opensearch_in_vpc_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_opensearch_in_vpc as rule
import rego.v1

test_vpc_domain_passes if {
	r := t.tf("aws_opensearch_domain", "search", {"domain_name": "prd-search", "vpc_options": [{"subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]}]})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_subnets_by_reference_pass if {
	r := t.with_refs(t.with_unknown(t.tf("aws_opensearch_domain", "search", {"domain_name": "prd-search", "vpc_options": [{}]}), {"vpc_options": [{"subnet_ids": true}]}), {"vpc_options.subnet_ids": ["aws_subnet.a"]})
	count(rule.deny) == 0 with input as t.doc([r])
}

test_public_domain_fails if {
	r := t.tf("aws_elasticsearch_domain", "search", {"domain_name": "prd-search", "vpc_options": []})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

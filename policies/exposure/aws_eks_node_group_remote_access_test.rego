package plangate.rules.aws_eks_node_group_remote_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_eks_node_group_remote_access as rule
import rego.v1

group(access) := t.tf("aws_eks_node_group", "workers", {"node_group_name": "prd-workers", "remote_access": access})

test_no_remote_access_passes if {
	r := group([])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_limited_ssh_passes if {
	r := group([{"ec2_ssh_key": "ops", "source_security_group_ids": ["sg-bastion"]}])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_limited_by_reference_passes if {
	r := t.with_refs(t.with_unknown(group([{"ec2_ssh_key": "ops"}]), {"remote_access": [{"source_security_group_ids": true}]}), {"remote_access.source_security_group_ids": ["aws_security_group.bastion"]})
	count(rule.deny) == 0 with input as t.doc([r])
}

test_open_ssh_fails if {
	r := group([{"ec2_ssh_key": "ops", "source_security_group_ids": []}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_sagemaker_notebook_root_access_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_sagemaker_notebook_root_access as rule
import rego.v1

notebook(root) := t.tf("aws_sagemaker_notebook_instance", "research", {"name": "prd-research", "root_access": root})

test_disabled_passes if {
	r := notebook("Disabled")
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_enabled_fails if {
	r := notebook("Enabled")
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unset_fails if {
	r := notebook(null)
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

package plangate.rules.aws_docdb_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_docdb_tls as rule
import rego.v1

group(parameters) := t.tf("aws_docdb_cluster_parameter_group", "main", {"family": "docdb5.0", "name": "prd-docs", "parameter": parameters})

test_tls_enabled_passes if {
	r := group([{"name": "tls", "value": "tls1.2+", "apply_method": "pending-reboot"}])
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_tls_disabled_fails if {
	r := group([{"name": "audit_logs", "value": "enabled"}, {"name": "tls", "value": "disabled"}])
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

package plangate.rules.google_subnet_flow_logs_test

import data.plangate.lib.testing as t
import data.plangate.rules.google_subnet_flow_logs as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

passes(r) if outcome([r]) == {"applies": {r.id}, "deny": set(), "unknown": set()}

fails(r) if {
	outcome([r]).deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
}

subnet(values) := t.tf("google_compute_subnetwork", "s", object.union({"name": "prd-app", "ip_cidr_range": "10.0.0.0/24"}, values))

test_log_config_passes if passes(subnet({"log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA"}]}))

test_proxy_subnet_is_not_judged if count(outcome([subnet({"purpose": "REGIONAL_MANAGED_PROXY", "log_config": []})]).applies) == 0

test_missing_log_config_fails if {
	fails(subnet({"log_config": []}))
	fails(subnet({"log_config": null}))
}

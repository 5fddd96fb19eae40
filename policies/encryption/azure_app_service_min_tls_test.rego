package plangate.rules.azure_app_service_min_tls_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_app_service_min_tls as rule
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

app(site) := t.tf("azurerm_linux_web_app", "app", {"name": "prd-app", "site_config": [site]})

test_tls12_and_default_pass if {
	passes(app({"minimum_tls_version": "1.2", "scm_minimum_tls_version": "1.3"}))
	passes(app({}))
}

test_tls10_fails if {
	r := app({"minimum_tls_version": "1.0"})
	fails(r)
	some m in messages([r])
	contains(m, "TLS 1.0")
}

test_legacy_scm_tls11_fails if fails(t.tf("azurerm_app_service", "legacy", {"site_config": [{"min_tls_version": "1.2", "scm_min_tls_version": "1.1"}]}))

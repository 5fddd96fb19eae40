package plangate.rules.azure_app_service_https_only_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_app_service_https_only as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := t.ids(rule.unknown) with input as t.doc(resources) with data.plangate.params as t.params
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

test_https_only_passes if passes(t.tf("azurerm_linux_web_app", "app", {"name": "prd-app", "https_only": true}))

test_http_fails if {
	fails(t.tf("azurerm_windows_web_app", "app", {"name": "prd-app", "https_only": false}))
	fails(t.tf("azurerm_app_service", "legacy", {"name": "prd-app", "https_only": null}))
}

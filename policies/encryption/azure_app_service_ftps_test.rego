package plangate.rules.azure_app_service_ftps_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_app_service_ftps as rule
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

app(type, site) := t.tf(type, "app", {"name": "prd-app", "site_config": site})

test_disabled_ftps_only_and_current_default_pass if {
	passes(app("azurerm_linux_web_app", [{"ftps_state": "FtpsOnly"}]))
	passes(app("azurerm_windows_function_app", [{}]))
	passes(app("azurerm_app_service", [{"ftps_state": "Disabled"}]))
}

test_all_allowed_fails if fails(app("azurerm_linux_web_app", [{"ftps_state": "AllAllowed"}]))

test_legacy_default_fails if {
	r := app("azurerm_app_service", [])
	fails(r)
	some m in messages([r])
	contains(m, "AllAllowed")
}

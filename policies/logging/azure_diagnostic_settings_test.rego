package plangate.rules.azure_diagnostic_settings_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_diagnostic_settings as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_vault_with_setting_passes if {
	v := t.tf("azurerm_key_vault", "main", {"name": "prd-kv"})
	s := t.with_refs(t.tf("azurerm_monitor_diagnostic_setting", "kv", {}), {"target_resource_id": ["azurerm_key_vault.main"]})
	o := outcome([v, s])
	o.applies == {v.id}
	count(o.deny) == 0
}

test_vault_without_setting_fails if {
	v := t.tf("azurerm_key_vault", "main", {"name": "prd-kv"})
	o := outcome([v])
	o.deny == {v.id}
	some m in messages([v])
	contains(m, v.address)
	contains(m, "azurerm_monitor_diagnostic_setting")
}

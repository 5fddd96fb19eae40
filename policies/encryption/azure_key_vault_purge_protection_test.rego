package plangate.rules.azure_key_vault_purge_protection_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_key_vault_purge_protection as rule
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

vault(values) := t.tf("azurerm_key_vault", "kv", object.union({"name": "prd-kv", "sku_name": "standard"}, values))

test_purge_protection_passes if passes(vault({"purge_protection_enabled": true}))

test_missing_purge_protection_fails if fails(vault({"purge_protection_enabled": false}))

test_unknown_is_unknown if outcome([t.with_unknown(vault({}), {"purge_protection_enabled": true})]).unknown == {"plan.json#azurerm_key_vault.kv"}

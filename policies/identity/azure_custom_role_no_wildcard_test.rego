package plangate.rules.azure_custom_role_no_wildcard_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_custom_role_no_wildcard as rule
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

role(actions) := t.tf("azurerm_role_definition", "r", {"name": "prd-operator", "scope": "/subscriptions/1111", "permissions": [{"actions": actions, "not_actions": []}]})

test_listed_actions_pass if passes(role(["Microsoft.Storage/storageAccounts/read"]))

test_wildcard_fails if fails(role(["*"]))

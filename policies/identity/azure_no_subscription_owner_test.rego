package plangate.rules.azure_no_subscription_owner_test

import data.plangate.lib.testing as t
import data.plangate.rules.azure_no_subscription_owner as rule
import rego.v1

owner_lookup := object.union(t.tf("azurerm_role_definition", "owner", {"name": "Owner"}), {"id": "plan.json#data.azurerm_role_definition.owner", "address": "data.azurerm_role_definition.owner", "configAddress": "data.azurerm_role_definition.owner", "mode": "data"})

test_owner_looked_up_by_data_source_fails if {
	r := t.with_refs(t.with_unknown(assignment({"scope": "/subscriptions/1111"}), {"role_definition_id": true}), {"role_definition_id": ["data.azurerm_role_definition.owner"]})
	d := t.ids(rule.deny) with input as {"resources": [r], "dataSources": [owner_lookup]} with data.plangate.params as t.params
	d == {r.id}
}

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

assignment(values) := t.tf("azurerm_role_assignment", "a", object.union({"principal_id": "00000000-0000-0000-0000-000000000001"}, values))

test_owner_on_resource_group_passes if passes(assignment({"role_definition_name": "Owner", "scope": "/subscriptions/1111/resourceGroups/prd-rg"}))

test_reader_on_subscription_passes if passes(assignment({"role_definition_name": "Reader", "scope": "/subscriptions/1111"}))

test_owner_on_subscription_fails if fails(assignment({"role_definition_name": "Owner", "scope": "/subscriptions/1111"}))

test_owner_by_id_on_referenced_subscription_fails if {
	r := t.with_refs(t.with_unknown(assignment({"role_definition_id": "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"}), {"scope": true}), {"scope": ["data.azurerm_subscription.current"]})
	fails(r)
}

test_owner_on_referenced_resource_group_passes if {
	passes(t.with_refs(t.with_unknown(assignment({"role_definition_name": "Owner"}), {"scope": true}), {"scope": ["azurerm_resource_group.main"]}))
}

test_owner_on_management_group_fails if fails(assignment({"role_definition_name": "Owner", "scope": "/providers/Microsoft.Management/managementGroups/platform"}))

test_owner_on_unknown_scope_is_unknown if {
	r := t.with_unknown(assignment({"role_definition_name": "Owner"}), {"scope": true})
	outcome([r]).unknown == {r.id}
	outcome([r]).deny == set()
}

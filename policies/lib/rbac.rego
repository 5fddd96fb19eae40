# METADATA
# title: Kubernetes RBAC helpers
# description: >-
#   The Roles, ClusterRoles and bindings of the input, and what each policy rule of a role grants (verbs,
#   resources, API groups), for the RBAC rules.
# scope: package
package plangate.lib.rbac

import data.plangate.lib.resources
import rego.v1

role_kinds := {"Role", "ClusterRole"}

binding_kinds := {"RoleBinding", "ClusterRoleBinding"}

# Every Role and ClusterRole of the input.
roles := [r | some r in resources.of_types(role_kinds); r.source == "kubernetes"]

# Every RoleBinding and ClusterRoleBinding of the input.
bindings := [r | some r in resources.of_types(binding_kinds); r.source == "kubernetes"]

# The policy rules of a role, each with its verbs, resources and API groups as sets (missing lists are empty).
grants(role) := [{
	"verbs": {v | some v in object.get(rule, "verbs", [])},
	"resources": {x | some x in object.get(rule, "resources", [])},
	"apiGroups": {g | some g in object.get(rule, "apiGroups", [])},
	"nonResourceURLs": {u | some u in object.get(rule, "nonResourceURLs", [])},
} |
	some rule in object.get(role.values, "rules", [])
]

# The grant covers resource `name` of the core API group (a wildcard covers everything).
covers_core_resource(grant, name) if {
	some group in {"", "*"}
	group in grant.apiGroups
	some resource in {name, "*"}
	resource in grant.resources
}

# The grant allows one of `verbs` (or every verb).
allows_any(grant, verbs) if count(grant.verbs & (verbs | {"*"})) > 0

# How a role is named in messages: its address.
describe(role) := role.address

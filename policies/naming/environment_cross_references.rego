# METADATA
# title: Production resources do not depend on other environments
# description: >-
#   A production resource (environment tag prd, or a name with the prd- prefix) does not refer to a resource
#   of another environment: no production workload writes to a dev bucket or reads a test key.
# scope: package
# custom:
#   id: environment-no-cross-references
#   severity: high
#   category: naming
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.31" }
#   remediation: Point the production resource at its production counterpart.
#   resourceTypes: [Terraform resources with references]
#   parameters: [environment_prefixes, environment_tag]
package plangate.rules.environment_cross_references

import data.plangate.lib.naming
import data.plangate.lib.resources
import data.plangate.lib.tags
import rego.v1

# Environment from the tag, else from the name's prefix.
env_of(r) := env if {
	env := tags.tag(r, data.plangate.params.environment_tag)
	env != ""
} else := env if {
	name := naming.name(r)
	is_string(name)
	env := naming.environment_of_name(name)
}

production(r) if env_of(r) == "prd"

# The production Terraform resources that refer to others, found once per evaluation.
referring_production := [r |
	some r in input.resources
	r.source == "terraform"
	count(r.references) > 0
	production(r)
]

targets(r) := [t |
	some _, addresses in r.references
	some addr in addresses
	some id in resources.ids_by_config_address[addr]
	t := resources.by_id[id]
	t.file == r.file
	resources.same_instance(r, t)
]

applies contains r.id if {
	some r in referring_production
}

deny contains {"id": r.id, "msg": msg} if {
	some r in referring_production
	some t in targets(r)
	other := env_of(t)
	other != "prd"
	msg := sprintf("%s belongs to prd but refers to %s of environment %s", [r.address, t.address, other])
}

# METADATA
# title: Resource helpers
# description: Lookups over the normalised input document shared by the built-in rules.
# scope: package
package plangate.lib.resources

import rego.v1

# Resources of the given types (a set of type names) that exist after the change.
of_types(types) := [r | some r in input.resources; r.type in types]

# Terraform resources by configuration address; several instances (count, for_each) share one address.
by_config_address[addr] contains r if {
	some r in input.resources
	addr := r.configAddress
}

# Resources that refer, through `attribute`, to the resource `target` (by configuration address). References
# are addresses within one configuration, so only resources of the same input file can match.
referring(target, type, attribute) := [r |
	some r in input.resources
	r.type == type
	r.file == target.file
	target.configAddress in r.references[attribute]
	same_instance(r, target)
]

# Two resources of one configuration can refer to each other as instances: within one module instance, and
# with the same count index or for_each key when both have one (bucket[1] is protected by block[1], not
# block[0]). Resources of different modules (joined through module inputs and outputs) always can.
same_instance(a, b) if not same_module_config(a, b)

same_instance(a, b) if {
	same_module_config(a, b)
	object.get(a, "module", "") == object.get(b, "module", "")
	same_index(a, b)
}

same_module_config(a, b) if module_config(a) == module_config(b)

# The module path without instance keys: module.ecr["a"] → module.ecr.
module_config(r) := regex.replace(object.get(r, "module", ""), `\[[^\]]*\]`, "")

same_index(a, b) if not "index" in object.keys(a)

same_index(a, b) if not "index" in object.keys(b)

same_index(a, b) if a.index == b.index

# True when `r` (a Terraform resource) is referred to, or named, by some resource of `type` via `attribute`.
# A known bucket name, id or ARN matches too, for resources whose reference is not in the configuration.
is_target_of(r, type, attribute) if {
	count(referring(r, type, attribute)) > 0
}

is_target_of(r, type, attribute) if {
	some other in input.resources
	other.type == type
	other.values[attribute] in known_identifiers(r)
}

# The known identifying values of a resource (id, bucket, arn, name) that other resources may use to name it.
known_identifiers(r) := {v |
	some key in ["id", "bucket", "arn", "name"]
	v := r.values[key]
	is_string(v)
	v != ""
}

# The value at `path` (array of keys) is known only after apply.
unknown_at(r, path) if object.get(r.unknown, path, false) == true

# Environment of a resource: its environment tag or label, else the run's environment parameter.
environment(r) := env if {
	env := r.tags[data.plangate.params.environment_tag]
} else := data.plangate.params.environment

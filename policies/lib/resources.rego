# METADATA
# title: Resource helpers
# description: Lookups over the normalised input document shared by the built-in rules.
# scope: package
package plangate.lib.resources

import rego.v1

# Ids of the resources of each type, built once per evaluation, so that a rule visits only the resources of its
# own types instead of scanning every resource (ids rather than whole resources: a set hashes its members).
ids_by_type[r.type] contains r.id if some r in input.resources

# Resources of one type.
of_type(type) := [by_id[id] | some id in ids_by_type[type]]

# Resources of the given types (a set or array of type names).
of_types(types) := [by_id[id] | some type in types; some id in ids_by_type[type]]

# Ids of the Terraform resources at each configuration address; several instances (count, for_each) share one
# address. Ids rather than resources, for the same reason as ids_by_type.
ids_by_config_address[addr] contains r.id if {
	some r in input.resources
	addr := r.configAddress
}

# Resources that refer, through `attribute`, to the resource `target` (by configuration address). References
# are addresses within one configuration, so only resources of the same input file can match.
referring(target, type, attribute) := [r |
	key := index_key([type, attribute, target.file, target.configAddress])
	ids := referrers[key]
	some id in ids
	r := by_id[id]
	same_instance(r, target)
]

# Resources by id.
by_id[r.id] := r if some r in input.resources

# Index of references: [type, attribute, file, referred configuration address] → ids of the referring resources. A
# plain rule is computed once per evaluation, so joins look up instead of scanning every resource for every
# resource; the index holds ids because sets of whole resources would hash every resource.
referrers[index_key([r.type, attribute, r.file, addr])] contains r.id if {
	some r in input.resources
	some attribute, addresses in r.references
	some addr in addresses
}

# Key of the indexes: the parts joined by a unit separator. String keys rather than arrays, because the compiled
# module looks array keys up far more slowly (BENCHMARKS.md: there, lookups by array key grow with the size of the index).
index_key(parts) := concat("\u001f", parts)

# The attributes through which resources of a type name another resource by its name, id or ARN (joins by known
# value, for references the configuration does not show). Only these are indexed: indexing every string attribute
# of every resource would cost more than all the joins together. A rule joining other types by name extends it.
name_joins := {
	"aws_s3_bucket_server_side_encryption_configuration": ["bucket"],
	"aws_s3_bucket_logging": ["bucket", "target_bucket"],
	"aws_s3_bucket_public_access_block": ["bucket"],
	"aws_s3_bucket_policy": ["bucket"],
	"aws_s3_bucket_acl": ["bucket"],
	"aws_s3_bucket_versioning": ["bucket"],
	"aws_flow_log": ["vpc_id", "subnet_id"],
	"azurerm_monitor_diagnostic_setting": ["target_resource_id"],
}

# Index of the values of those attributes: [type, attribute, value] → ids of the resources holding it.
by_value[index_key([type, attribute, v])] contains r.id if {
	some type, attributes in name_joins
	some r in of_type(type)
	some attribute in attributes
	v := r.values[attribute]
	is_string(v)
	v != ""
}

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

# The module path without instance keys: module.ecr["a"] → module.ecr (the regular expression only when there are
# keys to drop: this runs for every pair a join considers).
module_config(r) := path if {
	path := object.get(r, "module", "")
	not contains(path, "[")
} else := regex.replace(object.get(r, "module", ""), `\[[^\]]*\]`, "")

same_index(a, b) if not has_index(a)

same_index(a, b) if not has_index(b)

same_index(a, b) if a.index == b.index

# The resource has a count index or for_each key (without listing every key of the resource).
has_index(r) if count(object.filter(r, ["index"])) == 1

# True when `r` (a Terraform resource) is referred to, or named, by some resource of `type` via `attribute`.
# A known bucket name, id or ARN matches too, for resources whose reference is not in the configuration.
is_target_of(r, type, attribute) if {
	count(referring(r, type, attribute)) > 0
}

# Resources of `type` that name `r` by one of its known identifiers in `attribute`.
named_by(r, type, attribute) := [other |
	some id in known_identifiers(r)
	key := index_key([type, attribute, id])
	ids := by_value[key]
	some other_id in ids
	other := by_id[other_id]
]

is_target_of(r, type, attribute) if {
	some id in known_identifiers(r)
	count(by_value[index_key([type, attribute, id])]) > 0
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

# METADATA
# title: Terraform block helpers
# description: >-
#   Nested blocks as Terraform writes them in a plan: a list of objects, or null (or absent) when the
#   configuration has none.
# scope: package
package plangate.lib.blocks

import rego.v1

# The blocks `key` of a resource's planned values, [] when it has none.
of(r, key) := r.values[key] if is_array(r.values[key])

else := []

# The first block `key`, {} when there is none (for blocks the schema allows once).
first(r, key) := of(r, key)[0] if count(of(r, key)) > 0

else := {}

# The blocks `key` of a nested object (a block's own blocks), [] when it has none.
inner(obj, key) := obj[key] if is_array(obj[key])

else := []

# The resource has no block `key` and none is computed at apply.
absent(r, key) if {
	count(of(r, key)) == 0
	not r.unknown[key] == true
}

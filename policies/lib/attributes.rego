# METADATA
# title: Attribute helpers
# description: >-
#   Reads planned attribute values with Terraform's nesting (blocks are lists) and tells "not set" apart from
#   "known only after apply".
# scope: package
package plangate.lib.attributes

import rego.v1

# The planned value at a path of keys; list blocks are entered at their first element.
value(r, [a]) := block(r.values)[a]

value(r, [a, b]) := block(block(r.values)[a])[b]

value(r, [a, b, c]) := block(block(block(r.values)[a])[b])[c]

# True when the value at the path is known only after apply.
unknown(r, [a]) if block(r.unknown)[a] == true

unknown(r, [a, b]) if block(block(r.unknown)[a])[b] == true

unknown(r, [a, b]) if block(r.unknown)[a] == true

unknown(r, [a, b, c]) if block(block(block(r.unknown)[a])[b])[c] == true

unknown(r, [a, b, c]) if block(block(r.unknown)[a])[b] == true

unknown(r, [a, b, c]) if block(r.unknown)[a] == true

# The attribute is set to true.
is_true(r, path) if value(r, path) == true

# The attribute refers to another resource in the configuration (its value may be unknown until apply).
refers(r, attribute) if count(r.references[attribute]) > 0

# The attribute is set to a non-empty string, or refers to another resource.
is_set(r, path) if {
	v := value(r, path)
	is_string(v)
	v != ""
}

is_set(r, path) if refers(r, concat(".", path))

block(x) := x[0] if is_array(x)

block(x) := x if not is_array(x)

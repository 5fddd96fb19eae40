# METADATA
# title: Attribute settings
# description: >-
#   One rule for every rule on "not set" versus "known only after apply". Terraform marks an optional+computed
#   attribute the configuration leaves unset as known after apply, exactly like a value computed from other
#   resources; the plan's configuration (the resource's `configured` map) tells them apart. A known value is
#   judged; an attribute the configuration does not write is judged at the provider's default (lib/defaults);
#   an expression whose references nothing in the plan settles is unknown, with the reference named.
# scope: package
package plangate.lib.settings

import data.plangate.lib.attributes
import data.plangate.lib.defaults
import rego.v1

# The setting of `path` (array of keys; list blocks entered at their first element) on resource `r`:
#   {"known": true, "value": v, "source": "planned"}   the plan knows the value
#   {"known": true, "value": d, "source": "default"}   the configuration leaves it unset: the provider's default
#                                                       (null when lib/defaults declares none)
#   {"known": false, "reason": "..."}                  known only after apply; the reason names the reference
of(r, path) := {"known": true, "value": v, "source": "planned"} if {
	not attributes.unknown(r, path)
	v := attributes.value(r, path)
	v != null
} else := {"known": false, "reason": reason} if {
	attributes.unknown(r, path)
	reason := unknown_reason(r, path)
} else := {"known": true, "value": default_value(r, path), "source": "default"}

# Why a value known after apply cannot be judged now.
unknown_reason(r, path) := sprintf("%s is known only after apply: it refers to %s", [key(path), concat(", ", refs)]) if {
	refs := written_references(r, path)
	count(refs) > 0
} else := sprintf("%s is known only after apply (the plan has no configuration for this resource)", [key(path)]) if {
	not has_configuration(r)
} else := sprintf("%s is known only after apply", [key(path)]) if {
	written(r, path)
}

# The references of the nearest expression written at `path` or above it (`tags = var.tags` covers tags.owner),
# without the bare resource addresses Terraform lists beside attribute references.
written_references(r, path) := [ref |
	some ref in r.configured[nearest_written(r, path)]
	not shorter_duplicate(ref, r.configured[nearest_written(r, path)])
]

shorter_duplicate(ref, all) if {
	some other in all
	other != ref
	startswith(other, concat("", [ref, "."]))
}

# The plan's configuration describes the resource (state files and bare plans do not).
has_configuration(r) if is_object(r.configured)

# The configuration writes an expression for `path` or for a block or map above it.
written(r, path) if nearest_written(r, path)

nearest_written(r, path) := k if {
	keys := prefixes(path)
	found := [k | some k in keys; r.configured[k]]
	count(found) > 0
	k := found[count(found) - 1]
}

# `["a", 0, "b"]` → ["a", "a.b"]: dotted keys of every prefix, indexes left out (as `configured` writes them).
prefixes(path) := [concat(".", names) |
	some i in numbers.range(1, count(path))
	names := [p | some p in array.slice(path, 0, i); is_string(p)]
	count(names) > 0
]

key(path) := concat(".", [p | some p in path; is_string(p)])

default_value(r, path) := v if {
	v := defaults.value(r, key(path))
} else := null

# " (not set; the provider's default is false)" for a default, "" for a planned value: for messages.
origin(s) := sprintf(" (not set; the provider's default is %s)", [json.marshal(s.value)]) if s.source == "default"

else := ""

# "encrypted = true" or "encrypted = true (provider default)": what a passing result observed.
observed(path, s) := sprintf("%s = %s%s", [key(path), json.marshal(s.value), suffix]) if {
	suffix := {"planned": "", "default": " (provider default)"}[s.source]
}

# What a passing key attribute holds: its value, or the resources it refers to when the value comes after apply.
key_evidence(r, path) := sprintf("%s = %s", [key(path), v]) if {
	v := attributes.value(r, path)
	is_string(v)
	v != ""
} else := sprintf("%s refers to %s", [key(path), concat(", ", r.references[key(path)])])

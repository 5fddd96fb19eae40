# METADATA
# title: Tag helpers
# description: Effective tags and tag checks shared by the tagging and GDPR rules.
# scope: package
package plangate.lib.tags

import rego.v1

# Effective tags (Terraform: tags_all or tags over provider default_tags; Kubernetes: labels), never undefined.
# GKE clusters keep their labels in resource_labels, which the input document does not count as tags.
tags(r) := r.values.resource_labels if {
	r.source == "terraform"
	is_object(r.values.resource_labels)
} else := r.tags if {
	is_object(r.tags)
} else := {}

# The value of tag `key`, or "" when absent or not a string.
tag(r, key) := value_of(tags(r), key)

# Terraform resources that carry labels the input document does not count as tags (GKE resource_labels).
labelled(r) if {
	r.source == "terraform"
	count(object.filter(object.get(r, "values", {}), ["resource_labels"])) == 1
}

# Problems with the required tags of a resource: one message per missing or invalid tag.
required_tag_problems(r) := problems_of(tags(r))

# The problems of one set of effective tags (looked up once per resource, not once per required tag).
problems_of(effective) := {msg |
	some key, allowed in data.plangate.params.required_tags
	msg := tag_problem(value_of(effective, key), key, allowed)
}

# The value of `key` in a set of effective tags, or "" when absent or not a string.
value_of(effective, key) := v if {
	v := effective[key]
	is_string(v)
} else := ""

tag_problem(v, key, _) := sprintf("missing tag '%s'", [key]) if {
	trim_space(v) == ""
}

tag_problem(v, key, allowed) := sprintf("tag '%s' is '%s' but must be one of %s", [key, v, concat(", ", allowed)]) if {
	trim_space(v) != ""
	count(allowed) > 0
	not v in allowed
}

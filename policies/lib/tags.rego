# METADATA
# title: Tag helpers
# description: Effective tags and tag checks shared by the tagging and GDPR rules.
# scope: package
package plangate.lib.tags

import rego.v1

# Effective tags (Terraform: tags_all or tags over provider default_tags; Kubernetes: labels), never undefined.
tags(r) := object.get(r, "tags", {})

# The value of tag `key`, or "" when absent.
tag(r, key) := object.get(tags(r), key, "")

# Problems with the required tags of a resource: one message per missing or invalid tag.
required_tag_problems(r) := {msg |
	some key, allowed in data.plangate.params.required_tags
	msg := tag_problem(r, key, allowed)
}

tag_problem(r, key, _) := sprintf("missing tag '%s'", [key]) if {
	trim_space(tag(r, key)) == ""
}

tag_problem(r, key, allowed) := sprintf("tag '%s' is '%s' but must be one of %s", [key, tag(r, key), concat(", ", allowed)]) if {
	trim_space(tag(r, key)) != ""
	count(allowed) > 0
	not tag(r, key) in allowed
}

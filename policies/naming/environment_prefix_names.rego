# METADATA
# title: Names carry the environment prefix
# description: >-
#   Named resources (buckets, databases, clusters, queues, topics, Kubernetes Namespaces) start with an allowed
#   environment prefix (dev-, int-, prd- by default), and with the prefix of their own environment when their
#   environment tag or label, or --env, says which one that is.
# scope: package
# custom:
#   id: environment-prefix-names
#   severity: low
#   category: naming
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.31" }
#     - { framework: ISO27001:2022, id: "A.5.9" }
#   remediation: Rename the resource so its name starts with its environment's prefix, e.g. prd-orders.
#   resourceTypes: [named Terraform resources, Namespace]
#   parameters: [environment_prefixes, environment_tag, environment]
package plangate.rules.environment_prefix_names

import data.plangate.lib.naming
import rego.v1

applies contains r.id if {
	some r in naming.named
}

deny contains {"id": r.id, "msg": msg} if {
	some r in naming.named
	name := naming.name(r)
	is_string(name)
	allowed := naming.required_prefixes(r)
	not naming.has_prefix(name, allowed)
	msg := sprintf("%s is named '%s', which does not start with %s", [r.address, name, concat(" or ", sort(allowed))])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in naming.named
	not naming.name_known(r)
	naming.name_unknown(r)
	msg := sprintf("%s: its name is generated at apply time, so the prefix cannot be checked", [r.address])
}

# METADATA
# title: People are not granted primitive roles
# description: >-
#   No user, group or domain is granted roles/owner or roles/editor on a project, folder or organization: the
#   primitive roles grant thousands of permissions across every service, far beyond any one person's job.
# scope: package
# custom:
#   id: google-iam-no-primitive-roles
#   severity: high
#   category: identity
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.3" }
#     - { framework: PCI-DSS-4.0, id: "7.2.2" }
#   remediation: Grant predefined or custom roles that cover the person's tasks instead of roles/owner or roles/editor.
#   resourceTypes: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
package plangate.rules.google_iam_no_primitive_roles

import data.plangate.lib.gcp
import data.plangate.lib.resources
import rego.v1

primitive_roles := {"roles/owner", "roles/editor"}

# Member prefixes that name people rather than workloads.
people := ["user:", "group:", "domain:"]

hierarchy_types := gcp.hierarchy_iam_types | gcp.hierarchy_policy_types

grants := resources.of_types(hierarchy_types)

applies contains r.id if some r in grants

deny contains {"id": r.id, "msg": msg} if {
	some r in grants
	some [role, member] in gcp.grants(r)
	role in primitive_roles
	some prefix in people
	startswith(member, prefix)
	msg := sprintf("%s grants %s to %s; grant a predefined role with only the permissions needed", [r.address, role, member])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in grants
	gcp.grants_unknown(r)
	not settled_by_role(r)
	msg := sprintf("%s: what it grants is known only after apply", [r.address])
}

# A known role other than a primitive one settles the question, whoever the members turn out to be.
settled_by_role(r) if {
	is_string(r.values.role)
	not r.values.role in primitive_roles
}

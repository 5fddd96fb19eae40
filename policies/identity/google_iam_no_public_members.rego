# METADATA
# title: IAM grants do not go to allUsers or allAuthenticatedUsers
# description: >-
#   No IAM member or binding grants a role to allUsers (anyone on the internet) or allAuthenticatedUsers (anyone
#   with a Google account): either makes the project or resource public.
# scope: package
# custom:
#   id: google-iam-no-public-members
#   severity: critical
#   category: identity
#   controls:
#     - { framework: CIS-GCP, id: "1.9" }
#     - { framework: CIS-GCP, id: "5.1" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: Remove allUsers and allAuthenticatedUsers from the members and grant the role to the principals that need it.
#   resourceTypes: [google_*_iam_member, google_*_iam_binding, google_*_iam_policy]
package plangate.rules.google_iam_no_public_members

import data.plangate.lib.gcp
import data.plangate.lib.resources
import rego.v1

grants := resources.of_types(gcp.iam_types)

applies contains r.id if some r in grants

deny contains {"id": r.id, "msg": msg} if {
	some r in grants
	some [role, member] in gcp.grants(r)
	member in gcp.public_members
	msg := sprintf("%s grants %s to %s, which makes it public; grant it to named principals", [r.address, role, member])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in grants
	gcp.grants_unknown(r)
	msg := sprintf("%s: what it grants is known only after apply", [r.address])
}

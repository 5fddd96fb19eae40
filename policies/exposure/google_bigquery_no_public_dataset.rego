# METADATA
# title: BigQuery datasets are not public
# description: >-
#   No BigQuery dataset grants access to allUsers or allAuthenticatedUsers, through its access blocks or a
#   google_bigquery_dataset_access resource; either exposes every table of the dataset.
# scope: package
# custom:
#   id: google-bigquery-no-public-dataset
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: CIS-GCP, id: "7.1" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: ISO27001:2022, id: "A.5.15" }
#     - { framework: GDPR, id: "Art.25" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "7.2.1" }
#   remediation: Remove the access entry for allUsers / allAuthenticatedUsers and grant access to named principals.
#   resourceTypes: [google_bigquery_dataset, google_bigquery_dataset_access]
package plangate.rules.google_bigquery_no_public_dataset

import data.plangate.lib.blocks
import data.plangate.lib.gcp
import data.plangate.lib.resources
import rego.v1

datasets := resources.of_types({"google_bigquery_dataset", "google_bigquery_dataset_access"})

# The public principals an access entry names, through special_group or iam_member.
public(entry) := {who | some key in ["special_group", "iam_member"]; who := entry[key]; who in gcp.public_members}

# Access entries: the dataset's access blocks, or the dataset_access resource itself.
entries(r) := blocks.of(r, "access") if r.type == "google_bigquery_dataset"

entries(r) := [r.values] if r.type == "google_bigquery_dataset_access"

applies contains r.id if some r in datasets

deny contains {"id": r.id, "msg": msg} if {
	some r in datasets
	some entry in entries(r)
	some who in public(entry)
	msg := sprintf("%s gives %s access to the dataset (%s); grant it to named principals", [r.address, who, object.get(entry, "role", "a role")])
}

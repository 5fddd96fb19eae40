# METADATA
# title: Google Cloud helpers
# description: >-
#   IAM grant resources and their members, and compute instance metadata as Google reads it, for the GCP rules.
# scope: package
package plangate.lib.gcp

import data.plangate.lib.resources
import rego.v1

# Project, folder and organization level IAM grants (the levels where primitive roles exist).
hierarchy_iam_types := {
	"google_project_iam_member", "google_project_iam_binding",
	"google_folder_iam_member", "google_folder_iam_binding",
	"google_organization_iam_member", "google_organization_iam_binding",
}

# IAM grants on single resources that can make them public.
resource_iam_types := {
	"google_storage_bucket_iam_member", "google_storage_bucket_iam_binding",
	"google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding",
	"google_bigquery_table_iam_member", "google_bigquery_table_iam_binding",
	"google_pubsub_topic_iam_member", "google_pubsub_topic_iam_binding",
	"google_pubsub_subscription_iam_member", "google_pubsub_subscription_iam_binding",
	"google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding",
	"google_kms_key_ring_iam_member", "google_kms_key_ring_iam_binding",
	"google_secret_manager_secret_iam_member", "google_secret_manager_secret_iam_binding",
	"google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding",
	"google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding",
	"google_cloudfunctions_function_iam_member", "google_cloudfunctions_function_iam_binding",
	"google_cloudfunctions2_function_iam_member", "google_cloudfunctions2_function_iam_binding",
	"google_artifact_registry_repository_iam_member", "google_artifact_registry_repository_iam_binding",
	"google_compute_instance_iam_member", "google_compute_instance_iam_binding",
	"google_service_account_iam_member", "google_service_account_iam_binding",
}

# Authoritative IAM policies (policy_data, the JSON of a google_iam_policy data source) at each level.
hierarchy_policy_types := {"google_project_iam_policy", "google_folder_iam_policy", "google_organization_iam_policy"}

resource_policy_types := {
	"google_storage_bucket_iam_policy", "google_bigquery_dataset_iam_policy", "google_pubsub_topic_iam_policy",
	"google_kms_crypto_key_iam_policy", "google_secret_manager_secret_iam_policy", "google_cloud_run_service_iam_policy",
	"google_cloud_run_v2_service_iam_policy", "google_cloudfunctions_function_iam_policy", "google_service_account_iam_policy",
}

iam_types := ((hierarchy_iam_types | resource_iam_types) | hierarchy_policy_types) | resource_policy_types

# What an IAM resource grants, as [role, member] pairs: one role to `member` (*_iam_member) or `members`
# (*_iam_binding), or every binding of `policy_data` (*_iam_policy).
grants(r) := {[r.values.role, r.values.member]} if is_string(r.values.member)

grants(r) := {[r.values.role, m] | some m in r.values.members} if is_array(r.values.members)

grants(r) := {[b.role, m] |
	some b in json.unmarshal(r.values.policy_data).bindings
	some m in b.members
} if {
	is_string(r.values.policy_data)
	json.is_valid(r.values.policy_data)
}

# Whether what a resource grants is known only after apply.
grants_unknown(r) if r.unknown.member == true

grants_unknown(r) if r.unknown.members == true

grants_unknown(r) if r.unknown.policy_data == true

# Principals that stand for everyone on the internet.
public_members := {"allUsers", "allAuthenticatedUsers"}

# Compute instances of the input.
instances := resources.of_type("google_compute_instance")

# The instance's metadata entry `key`, read the way Compute Engine reads boolean metadata (TRUE, true, 1, y, yes).
metadata_true(r, key) if lower(sprintf("%v", [r.values.metadata[key]])) in {"true", "1", "y", "yes"}

metadata_false(r, key) if lower(sprintf("%v", [r.values.metadata[key]])) in {"false", "0", "n", "no"}

# The input holds project metadata (google_compute_project_metadata or _item), which decides what instances leave
# unset.
project_metadata_types := {"google_compute_project_metadata", "google_compute_project_metadata_item"}

has_project_metadata if count(resources.of_types(project_metadata_types)) > 0

# The project metadata of the input sets `key` to true.
project_metadata_true(key) if {
	some m in resources.of_type("google_compute_project_metadata")
	lower(sprintf("%v", [m.values.metadata[key]])) in {"true", "1", "y", "yes"}
}

project_metadata_true(key) if {
	some m in resources.of_type("google_compute_project_metadata_item")
	m.values.key == key
	lower(sprintf("%v", [m.values.value])) in {"true", "1", "y", "yes"}
}

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

iam_types := hierarchy_iam_types | resource_iam_types

# The members of an IAM grant: `member` of *_iam_member, `members` of *_iam_binding.
members(r) := {r.values.member} if is_string(r.values.member)

members(r) := {m | some m in r.values.members} if is_array(r.values.members)

# Whether a grant's members are known only after apply.
members_unknown(r) if r.unknown.member == true

members_unknown(r) if r.unknown.members == true

# Principals that stand for everyone on the internet.
public_members := {"allUsers", "allAuthenticatedUsers"}

# Compute instances of the input.
instances := resources.of_type("google_compute_instance")

# The instance's metadata entry `key`, read the way Compute Engine reads boolean metadata (TRUE, true, 1, y, yes).
metadata_true(r, key) if lower(sprintf("%v", [r.values.metadata[key]])) in {"true", "1", "y", "yes"}

metadata_false(r, key) if lower(sprintf("%v", [r.values.metadata[key]])) in {"false", "0", "n", "no"}

# The project metadata of the input sets `key` to true (google_compute_project_metadata or _item).
project_metadata_true(key) if {
	some m in resources.of_type("google_compute_project_metadata")
	lower(sprintf("%v", [m.values.metadata[key]])) in {"true", "1", "y", "yes"}
}

project_metadata_true(key) if {
	some m in resources.of_type("google_compute_project_metadata_item")
	m.values.key == key
	lower(sprintf("%v", [m.values.value])) in {"true", "1", "y", "yes"}
}

# METADATA
# title: Naming helpers
# description: Names of named resources and the environment each one belongs to, for the prefix rules.
# scope: package
package plangate.lib.naming

import data.plangate.lib.resources
import data.plangate.lib.tags
import rego.v1

# Attribute holding the name, per named Terraform type.
name_attributes := {
	"aws_s3_bucket": "bucket",
	"aws_db_instance": "identifier",
	"aws_rds_cluster": "cluster_identifier",
	"aws_dynamodb_table": "name",
	"aws_sqs_queue": "name",
	"aws_sns_topic": "name",
	"aws_kinesis_stream": "name",
	"aws_elasticache_replication_group": "replication_group_id",
	"aws_redshift_cluster": "cluster_identifier",
	"aws_eks_cluster": "name",
	"aws_ecs_cluster": "name",
	"aws_efs_file_system": "creation_token",
	"google_storage_bucket": "name",
	"google_sql_database_instance": "name",
	"google_container_cluster": "name",
	"google_pubsub_topic": "name",
	"google_bigquery_dataset": "dataset_id",
	"azurerm_kubernetes_cluster": "name",
	"azurerm_mssql_server": "name",
	"azurerm_postgresql_flexible_server": "name",
	"azurerm_servicebus_namespace": "name",
}

# Kubernetes kinds whose own name carries the prefix.
named_kinds := {"Namespace"}

is_named(r) if {
	r.source == "terraform"
	name_attributes[r.type]
}

is_named(r) if {
	r.source == "kubernetes"
	r.kind in named_kinds
}

# Every named resource of the input, found once per evaluation through the type index.
named := [r | some r in resources.of_types(object.keys(name_attributes) | named_kinds); is_named(r)]

# The resource's name, when known.
name(r) := r.values[name_attributes[r.type]] if r.source == "terraform"

name(r) := r.name if r.source == "kubernetes"

# The name is a known string. Negate this rather than a test of name(r), which is undefined for a name known only
# after apply and would make the negation undefined too.
name_known(r) if is_string(name(r))

# The name is known only after apply (generated names, bucket_prefix ...).
name_unknown(r) if r.unknown[name_attributes[r.type]] == true

# Every allowed prefix.
prefixes := {p | some p in data.plangate.params.environment_prefixes}

# The environment a resource belongs to: its environment tag or label, else the run's --env.
environment(r) := env if {
	env := tags.tag(r, data.plangate.params.environment_tag)
	env != ""
} else := data.plangate.params.environment

# The prefix a resource's names and image tags must carry: its environment's prefix when the environment is
# known, else any allowed prefix.
required_prefixes(r) := {data.plangate.params.environment_prefixes[environment(r)]} if {
	data.plangate.params.environment_prefixes[environment(r)]
} else := prefixes

has_prefix(value, allowed) if {
	some p in allowed
	startswith(value, p)
}

# The environment a name's prefix says it belongs to.
environment_of_name(value) := env if {
	some env, p in data.plangate.params.environment_prefixes
	startswith(value, p)
}

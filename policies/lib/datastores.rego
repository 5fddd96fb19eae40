# METADATA
# title: Data store helpers
# description: Which resource types hold data (GDPR data stores) and how each declares customer-managed keys.
# scope: package
package plangate.lib.datastores

import data.plangate.lib.resources
import data.plangate.lib.settings
import data.plangate.lib.tags
import rego.v1

# Terraform types that store data: buckets, databases, disks, queues, caches, streams.
types := {
	"aws_s3_bucket", "aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_ebs_volume", "aws_efs_file_system",
	"aws_sqs_queue", "aws_sns_topic", "aws_kinesis_stream", "aws_elasticache_replication_group", "aws_redshift_cluster",
	"aws_docdb_cluster", "aws_neptune_cluster", "aws_opensearch_domain", "aws_elasticsearch_domain", "aws_backup_vault",
	"google_storage_bucket", "google_sql_database_instance", "google_bigquery_dataset", "google_compute_disk",
	"google_pubsub_topic", "google_redis_instance", "google_spanner_instance",
	"azurerm_storage_account", "azurerm_managed_disk", "azurerm_mssql_database", "azurerm_mssql_server",
	"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_cosmosdb_account",
	"azurerm_servicebus_namespace", "azurerm_redis_cache", "azurerm_eventhub_namespace",
}

is_datastore(r) if {
	r.source == "terraform"
	r.type in types
}

# Every data store of the input, found once per evaluation through the type index.
stores := [r | some r in resources.of_types(types); r.source == "terraform"]

# The data stores tagged as holding personal data.
personal_stores := [r | some r in stores; tags.tag(r, data.plangate.params.personal_data_tag) == "true"]

# Attribute that names a customer-managed key, per type (a reference or a known value counts).
cmk_attributes := {
	"aws_db_instance": ["kms_key_id"],
	"aws_rds_cluster": ["kms_key_id"],
	"aws_ebs_volume": ["kms_key_id"],
	"aws_efs_file_system": ["kms_key_id"],
	"aws_sqs_queue": ["kms_master_key_id"],
	"aws_sns_topic": ["kms_master_key_id"],
	"aws_kinesis_stream": ["kms_key_id"],
	"aws_elasticache_replication_group": ["kms_key_id"],
	"aws_redshift_cluster": ["kms_key_id"],
	"aws_docdb_cluster": ["kms_key_id"],
	"aws_neptune_cluster": ["kms_key_arn"],
	"aws_backup_vault": ["kms_key_arn"],
	"aws_dynamodb_table": ["server_side_encryption.kms_key_arn"],
	"aws_opensearch_domain": ["encrypt_at_rest.kms_key_id"],
	"google_storage_bucket": ["encryption.default_kms_key_name"],
	"google_sql_database_instance": ["encryption_key_name"],
	"google_bigquery_dataset": ["default_encryption_configuration.kms_key_name"],
	"google_compute_disk": ["disk_encryption_key.kms_key_self_link"],
	"google_pubsub_topic": ["kms_key_name"],
	"google_redis_instance": ["customer_managed_key"],
	"azurerm_storage_account": ["customer_managed_key.key_vault_key_id"],
	"azurerm_managed_disk": ["disk_encryption_set_id"],
	"azurerm_mssql_server": ["transparent_data_encryption_key_vault_key_id"],
	"azurerm_postgresql_flexible_server": ["customer_managed_key.key_vault_key_id"],
	"azurerm_mysql_flexible_server": ["customer_managed_key.key_vault_key_id"],
	"azurerm_cosmosdb_account": ["key_vault_key_id"],
}

# A customer-managed key is configured: the attribute refers to a key resource, or holds a known non-empty value,
# or an S3 bucket's encryption configuration resource names a KMS key.
uses_cmk(r) if {
	some attr in cmk_attributes[r.type]
	count(r.references[attr]) > 0
}

uses_cmk(r) if {
	some attr in cmk_attributes[r.type]
	value := value_at(r.values, split(attr, "."))
	is_string(value)
	value != ""
}

uses_cmk(r) if {
	r.type == "aws_s3_bucket"
	some conf in resources.referring(r, "aws_s3_bucket_server_side_encryption_configuration", "bucket")
	count(conf.references["rule.apply_server_side_encryption_by_default.kms_master_key_id"]) > 0
}

uses_cmk(r) if {
	r.type == "aws_s3_bucket"
	some conf in resources.referring(r, "aws_s3_bucket_server_side_encryption_configuration", "bucket")
	some rule in conf.values.rule
	some by_default in rule.apply_server_side_encryption_by_default
	by_default.kms_master_key_id != ""
	is_string(by_default.kms_master_key_id)
}

# The value at a dotted path of one or two segments, descending into the first element of nested blocks
# (Terraform writes blocks as lists). Rego has no recursion, so the depth is spelled out.
value_at(obj, [a]) := block(obj)[a]

value_at(obj, [a, b]) := block(block(obj)[a])[b]

block(x) := x[0] if is_array(x)

block(x) := x if not is_array(x)

# Whether the CMK attribute of a resource is known only after apply through an expression nothing in the plan
# settles (an attribute the configuration leaves unset is judged: no customer-managed key).
cmk_unknown(r) if count(cmk_unknown_reasons(r)) > 0

# Why the key is not known before apply, per CMK attribute that is not.
cmk_unknown_reasons(r) := [s.reason |
	some attr in cmk_attributes[r.type]
	s := settings.of(r, split(attr, "."))
	not s.known
]

# The attribute that switches encryption at rest on, for types where it is off unless set.
encryption_switch := {
	"aws_db_instance": "storage_encrypted",
	"aws_rds_cluster": "storage_encrypted",
	"aws_docdb_cluster": "storage_encrypted",
	"aws_neptune_cluster": "storage_encrypted",
	"aws_ebs_volume": "encrypted",
	"aws_efs_file_system": "encrypted",
	"aws_redshift_cluster": "encrypted",
	"aws_elasticache_replication_group": "at_rest_encryption_enabled",
}

# Encryption at rest is known to be off (false, or null, which these types read as false): no key is used,
# whatever the key attribute becomes at apply.
encryption_off(r) if {
	attr := encryption_switch[r.type]
	count(object.filter(r.values, [attr])) == 1
	not r.values[attr] == true
}

# METADATA
# title: Provider defaults
# description: >-
#   The values providers give attributes that a configuration leaves unset, for the attributes the built-in rules
#   judge, per resource type (AWS provider 5, AzureRM 3/4, Google 5/6). One table, so every rule judges an unset
#   attribute the same way; account-level settings in the same plan that change a default are applied here.
# scope: package
package plangate.lib.defaults

import data.plangate.lib.resources
import rego.v1

# Type → attribute path (dotted, as `configured` writes it) → the provider's default. An attribute absent from the
# table has no default the library relies on: unset, it is judged as null (not set).
table := {
	"aws_ebs_volume": {"encrypted": false},
	"aws_ebs_encryption_by_default": {"enabled": true},
	"aws_efs_file_system": {"encrypted": false},
	"aws_db_instance": {"storage_encrypted": false, "publicly_accessible": false},
	"aws_rds_cluster": {"storage_encrypted": false},
	"aws_redshift_cluster": {"encrypted": false, "publicly_accessible": false},
	"aws_elasticache_replication_group": {"at_rest_encryption_enabled": false, "transit_encryption_enabled": false},
	"aws_kinesis_stream": {"encryption_type": "NONE"},
	"aws_dynamodb_table": {"server_side_encryption.enabled": false},
	"aws_cloudtrail": {"enable_log_file_validation": false, "is_multi_region_trail": false},
	# SSE-SQS is on for new queues since provider 4.x/2022 unless a KMS key is set.
	"aws_sqs_queue": {"sqs_managed_sse_enabled": true},
	"aws_lb_listener": {"ssl_policy": "ELBSecurityPolicy-2016-08"},
	"azurerm_storage_account": {"min_tls_version": "TLS1_2", "https_traffic_only_enabled": true, "enable_https_traffic_only": true},
	"azurerm_mssql_database": {"transparent_data_encryption_enabled": true},
}

# Default of one attribute of a resource's type (undefined when the table has none).
value(r, key) := v if {
	not account_default(r, key)
	v := table[r.type][key]
}

# EBS encryption by default: an aws_ebs_encryption_by_default in the same plan (the same account and region),
# enabled (its own default), makes every new volume encrypted when the volume leaves `encrypted` unset.
value(r, "encrypted") := true if {
	r.type == "aws_ebs_volume"
	account_default(r, "encrypted")
}

account_default(r, "encrypted") if {
	r.type == "aws_ebs_volume"
	r.file in ebs_encryption_by_default
}

# Plans (by file) that turn EBS encryption by default on: `enabled` true, or left unset (its default is true).
# (lib/settings cannot be used here: it reads this table.)
ebs_encryption_by_default contains s.file if {
	some s in resources.of_type("aws_ebs_encryption_by_default")
	not off_or_unsettled(s)
}

off_or_unsettled(s) if s.values.enabled == false

# Known only after apply, and written in the configuration (or the plan has no configuration to tell).
off_or_unsettled(s) if {
	object.get(s, "unknown", {}).enabled == true
	not unset_in_configuration(s)
}

unset_in_configuration(s) if {
	is_object(s.configured)
	not "enabled" in object.keys(s.configured)
}

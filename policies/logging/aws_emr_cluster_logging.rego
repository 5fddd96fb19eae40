# METADATA
# title: EMR clusters write their logs to S3
# description: >-
#   An aws_emr_cluster sets log_uri, so the step, application and node logs outlive the cluster and can be
#   audited.
# scope: package
# custom:
#   id: aws-emr-cluster-logging
#   severity: low
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Set log_uri = "s3://<log-bucket>/emr/" on the aws_emr_cluster.
#   resourceTypes: [aws_emr_cluster]
package plangate.rules.aws_emr_cluster_logging

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_emr_cluster"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_set(r, ["log_uri"])
	not attributes.unknown(r, ["log_uri"])
	msg := sprintf("%s keeps no logs beyond its lifetime; set log_uri", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["log_uri"])
	not attributes.refers(r, "log_uri")
	msg := sprintf("%s: log_uri is known only after apply", [r.address])
}

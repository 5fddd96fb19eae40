# METADATA
# title: MSK clusters deliver broker logs
# description: >-
#   An aws_msk_cluster enables at least one broker log destination (CloudWatch Logs, Kinesis Data Firehose or S3) in
#   logging_info.broker_logs, so broker errors and authentication failures are kept.
# scope: package
# custom:
#   id: aws-msk-broker-logs
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
#     Add logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = aws_cloudwatch_log_group.x.name } } }.
#   resourceTypes: [aws_msk_cluster]
package plangate.rules.aws_msk_broker_logs

import data.plangate.lib.resources
import rego.v1

destinations := ["cloudwatch_logs", "firehose", "s3"]

applies contains r.id if {
	some r in resources.of_type("aws_msk_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_msk_cluster")
	not logs(r)
	msg := sprintf("%s delivers no broker logs; enable a destination under logging_info.broker_logs", [r.address])
}

logs(r) if {
	some info in object.get(r.values, "logging_info", [])
	some broker_logs in object.get(info, "broker_logs", [])
	some destination in destinations
	some target in object.get(broker_logs, destination, [])
	target.enabled == true
}

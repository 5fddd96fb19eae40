# METADATA
# title: OpenSearch domains publish audit logs
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has a log_publishing_options block with log_type
#   "AUDIT_LOGS" that is enabled, so authentication attempts and access to indexes reach CloudWatch Logs. Audit logs
#   need fine-grained access control (advanced_security_options).
# scope: package
# custom:
#   id: aws-opensearch-audit-logs
#   severity: medium
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: GDPR, id: "Art.33" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Enable advanced_security_options and add log_publishing_options { log_type = "AUDIT_LOGS",
#     cloudwatch_log_group_arn = aws_cloudwatch_log_group.x.arn }.
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_audit_logs

import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not audited(r)
	not r.unknown.log_publishing_options == true
	msg := sprintf("%s publishes no audit logs; add log_publishing_options { log_type = \"AUDIT_LOGS\" }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.unknown.log_publishing_options == true
	msg := sprintf("%s: log_publishing_options is known only after apply", [r.address])
}

# The provider's `enabled` defaults to true inside a log_publishing_options block.
audited(r) if {
	some options in object.get(r.values, "log_publishing_options", [])
	options.log_type == "AUDIT_LOGS"
	object.get(options, "enabled", true) != false
}

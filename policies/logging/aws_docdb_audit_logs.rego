# METADATA
# title: DocumentDB clusters export audit logs
# description: >-
#   An aws_docdb_cluster lists "audit" in enabled_cloudwatch_logs_exports, so authentication events and data
#   definition changes reach CloudWatch Logs (the cluster parameter group must also set audit_logs = enabled).
# scope: package
# custom:
#   id: aws-docdb-audit-logs
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
#     Set enabled_cloudwatch_logs_exports = ["audit", "profiler"] and audit_logs = "enabled" in the cluster
#     parameter group.
#   resourceTypes: [aws_docdb_cluster]
package plangate.rules.aws_docdb_audit_logs

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_docdb_cluster"}

# The log needed to audit access to the cluster.
required := ["audit"]

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.unknown(r, ["enabled_cloudwatch_logs_exports"])
	missing := [x | some x in required; not listed(r, x)]
	count(missing) > 0
	msg := sprintf("%s does not export its audit log; add \"audit\" to enabled_cloudwatch_logs_exports", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["enabled_cloudwatch_logs_exports"])
	msg := sprintf("%s: enabled_cloudwatch_logs_exports is known only after apply", [r.address])
}

listed(r, x) if x in attributes.value(r, ["enabled_cloudwatch_logs_exports"])

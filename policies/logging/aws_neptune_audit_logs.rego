# METADATA
# title: Neptune clusters export audit logs
# description: >-
#   An aws_neptune_cluster lists "audit" in enable_cloudwatch_logs_exports, so the queries run against the
#   graph reach CloudWatch Logs (the cluster parameter group must also set neptune_enable_audit_log = 1).
# scope: package
# custom:
#   id: aws-neptune-audit-logs
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
#     Set enable_cloudwatch_logs_exports = ["audit"] and neptune_enable_audit_log = 1 in the cluster parameter
#     group.
#   resourceTypes: [aws_neptune_cluster]
package plangate.rules.aws_neptune_audit_logs

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_neptune_cluster"}

# The log needed to audit access to the graph.
required := ["audit"]

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.unknown(r, ["enable_cloudwatch_logs_exports"])
	missing := [x | some x in required; not listed(r, x)]
	count(missing) > 0
	msg := sprintf("%s does not export its audit log; add \"audit\" to enable_cloudwatch_logs_exports", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["enable_cloudwatch_logs_exports"])
	msg := sprintf("%s: enable_cloudwatch_logs_exports is known only after apply", [r.address])
}

listed(r, x) if x in attributes.value(r, ["enable_cloudwatch_logs_exports"])

# METADATA
# title: ECS clusters collect Container Insights
# description: >-
#   An aws_ecs_cluster has a setting { name = "containerInsights", value = "enabled" (or "enhanced") }, so task and
#   service metrics and performance events are recorded for monitoring and incident analysis.
# scope: package
# custom:
#   id: aws-ecs-cluster-container-insights
#   severity: low
#   category: logging
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.16" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC7.2" }
#   remediation: Add setting { name = "containerInsights", value = "enabled" } to the aws_ecs_cluster.
#   resourceTypes: [aws_ecs_cluster]
package plangate.rules.aws_ecs_cluster_container_insights

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_ecs_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ecs_cluster")
	not insights(r)
	msg := sprintf("%s does not collect Container Insights; add setting { name = \"containerInsights\", value = \"enabled\" }", [r.address])
}

insights(r) if {
	some setting in object.get(r.values, "setting", [])
	setting.name == "containerInsights"
	setting.value in {"enabled", "enhanced"}
}

# METADATA
# title: ECS containers send their logs to a log driver
# description: >-
#   Every container of an aws_ecs_task_definition has a logConfiguration with a logDriver (awslogs, awsfirelens,
#   splunk ...). Without one, the output of Fargate tasks is lost and that of EC2 tasks stays on the host.
# scope: package
# custom:
#   id: aws-ecs-task-logging
#   severity: medium
#   category: logging
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.15" }
#     - { framework: SOC2, id: "CC7.2" }
#     - { framework: PCI-DSS-4.0, id: "10.2.1" }
#   remediation: >-
#     Add "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": ..., "awslogs-region": ...,
#     "awslogs-stream-prefix": ... } } to each container definition.
#   resourceTypes: [aws_ecs_task_definition]
package plangate.rules.aws_ecs_task_logging

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

containers(r) := json.unmarshal(r.values.container_definitions) if {
	is_string(r.values.container_definitions)
	json.is_valid(r.values.container_definitions)
}

applies contains r.id if {
	some r in resources.of_type("aws_ecs_task_definition")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ecs_task_definition")
	some c in containers(r)
	not logged(c)
	msg := sprintf("%s: container %s has no logConfiguration; its logs are not kept", [r.address, object.get(c, "name", "(unnamed)")])
}

logged(c) if {
	is_string(c.logConfiguration.logDriver)
	c.logConfiguration.logDriver != ""
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ecs_task_definition")
	attributes.unknown(r, ["container_definitions"])
	msg := sprintf("%s: the container definitions are known only after apply", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_ecs_task_definition")
	is_string(r.values.container_definitions)
	not json.is_valid(r.values.container_definitions)
	msg := sprintf("%s: the container definitions are not valid JSON", [r.address])
}

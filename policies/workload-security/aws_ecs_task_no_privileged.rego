# METADATA
# title: ECS containers do not run privileged
# description: >-
#   No container of an aws_ecs_task_definition sets "privileged": true. A privileged container has every Linux
#   capability and the host's devices: escaping it is taking the container instance, and every other task on it.
# scope: package
# custom:
#   id: aws-ecs-task-no-privileged
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.2" }
#     - { framework: ISO27001:2022, id: "A.8.9" }
#     - { framework: SOC2, id: "CC6.8" }
#     - { framework: PCI-DSS-4.0, id: "2.2.1" }
#   remediation: >-
#     Remove "privileged": true and add only the capabilities the container needs under
#     linuxParameters.capabilities.add.
#   resourceTypes: [aws_ecs_task_definition]
package plangate.rules.aws_ecs_task_no_privileged

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
	c.privileged == true
	msg := sprintf("%s: container %s runs privileged", [r.address, object.get(c, "name", "(unnamed)")])
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

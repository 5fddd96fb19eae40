# METADATA
# title: ECS task definitions keep no credentials in container definitions
# description: >-
#   No container of an aws_ecs_task_definition sets a credential in `environment` (a literal value under a
#   credential name, or a value shaped like an access key, private key or token) or writes one into its command or
#   entry point. Container definitions are readable by everyone allowed ecs:DescribeTaskDefinition and stay in
#   every revision of the task definition.
# scope: package
# custom:
#   id: aws-ecs-task-no-secrets
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Move the value to Secrets Manager or SSM Parameter Store and reference it from the container's `secrets`
#     list (name + valueFrom); ECS injects it at start.
#   resourceTypes: [aws_ecs_task_definition]
package plangate.rules.aws_ecs_task_no_secrets

import data.plangate.lib.attributes
import data.plangate.lib.resources
import data.plangate.lib.secrets
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
	findings := findings_of(c)
	count(findings) > 0
	msg := sprintf("%s: container %s holds credentials in plaintext: %s", [r.address, object.get(c, "name", "(unnamed)"), secrets.describe(findings)])
}

# Findings in a container's environment list and in its command and entry point.
findings_of(c) := secrets.in_pairs(object.get(c, "environment", [])) | secrets.in_text(command_text(c))

command_text(c) := concat("\n", [part | some field in ["command", "entryPoint"]; some part in as_list(object.get(c, field, []))])

as_list(x) := x if is_array(x)

else := []

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

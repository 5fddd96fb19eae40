# METADATA
# title: EC2 user data holds no credentials
# description: >-
#   The user data of EC2 instances, launch templates and launch configurations holds no credential: no value
#   shaped like an AWS access key id, a private key or a GitHub or Slack token, and no `PASSWORD=...` style
#   assignment of a literal. User data is readable by anyone allowed ec2:DescribeInstanceAttribute and by every
#   process on the instance through the metadata service. Where the plan shows user data only as a hash (the AWS
#   provider stores aws_instance and aws_launch_configuration user_data that way), the result says it could not
#   be read.
# scope: package
# custom:
#   id: aws-ec2-user-data-no-secrets
#   severity: high
#   category: secrets
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Give the instance a role and let the script fetch the credential from Secrets Manager or SSM Parameter Store
#     at boot; never write it into user data.
#   resourceTypes: [aws_instance, aws_launch_template, aws_launch_configuration]
package plangate.rules.aws_ec2_user_data_no_secrets

import data.plangate.lib.resources
import data.plangate.lib.secrets
import rego.v1

types := {"aws_instance", "aws_launch_template", "aws_launch_configuration"}

# Types whose `user_data` the plan holds base64-encoded; the others hold it as text (or as its SHA-1 hash).
base64_types := {"aws_launch_template"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some text in texts(r)
	findings := secrets.in_text(text)
	count(findings) > 0
	msg := sprintf("%s writes credentials into its user data: %s", [r.address, secrets.describe(findings)])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some attribute in ["user_data", "user_data_base64"]
	r.unknown[attribute] == true
	msg := sprintf("%s: %s is known only after apply", [r.address, attribute])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not r.type in base64_types
	hashed(r.values.user_data)
	msg := sprintf("%s: the plan holds only a hash of user_data, so its content could not be checked", [r.address])
}

# The readable user data of a resource: decoded base64, or text that is not a hash.
texts(r) := {text |
	some attribute in ["user_data", "user_data_base64"]
	value := r.values[attribute]
	is_string(value)
	value != ""
	text := readable(r, attribute, value)
}

readable(r, attribute, value) := base64.decode(value) if {
	encoded(r, attribute)
	base64.is_valid(value)
} else := value if {
	not encoded(r, attribute)
	not hashed(value)
}

encoded(r, "user_data_base64")

encoded(r, "user_data") if r.type in base64_types

hashed(value) if regex.match(`^[0-9a-f]{40}$`, value)

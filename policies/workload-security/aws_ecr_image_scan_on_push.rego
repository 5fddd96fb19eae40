# METADATA
# title: ECR repositories scan images on push
# description: >-
#   An aws_ecr_repository sets image_scanning_configuration { scan_on_push = true }, so every pushed image is
#   checked for known vulnerabilities before it is deployed.
# scope: package
# custom:
#   id: aws-ecr-image-scan-on-push
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.8" }
#     - { framework: ISO27001:2022, id: "A.8.32" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC7.1" }
#     - { framework: PCI-DSS-4.0, id: "6.3.3" }
#   remediation: >-
#     Add image_scanning_configuration { scan_on_push = true } to the aws_ecr_repository (or enable enhanced
#     scanning for the registry).
#   resourceTypes: [aws_ecr_repository]
package plangate.rules.aws_ecr_image_scan_on_push

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_ecr_repository"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not attributes.is_true(r, ["image_scanning_configuration", "scan_on_push"])
	not attributes.unknown(r, ["image_scanning_configuration", "scan_on_push"])
	msg := sprintf("%s does not scan images on push; set image_scanning_configuration { scan_on_push = true }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["image_scanning_configuration", "scan_on_push"])
	msg := sprintf("%s: image_scanning_configuration.scan_on_push is known only after apply", [r.address])
}

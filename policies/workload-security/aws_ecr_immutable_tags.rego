# METADATA
# title: ECR repositories have immutable image tags
# description: >-
#   An aws_ecr_repository sets image_tag_mutability = "IMMUTABLE". With mutable tags (the default) anyone
#   allowed to push can replace the image behind a deployed tag, so what runs is no longer what was reviewed
#   and scanned.
# scope: package
# custom:
#   id: aws-ecr-immutable-tags
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.8" }
#     - { framework: ISO27001:2022, id: "A.8.32" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC7.1" }
#     - { framework: PCI-DSS-4.0, id: "6.3.3" }
#   remediation: >-
#     Set image_tag_mutability = "IMMUTABLE" on the aws_ecr_repository and push a new tag per build.
#   resourceTypes: [aws_ecr_repository]
package plangate.rules.aws_ecr_immutable_tags

import data.plangate.lib.attributes
import data.plangate.lib.resources
import rego.v1

types := {"aws_ecr_repository"}

# Settings under which a pushed tag cannot be moved to another image.
allowed := {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not compliant(r)
	not attributes.unknown(r, ["image_tag_mutability"])
	msg := sprintf("%s lets pushes overwrite existing tags; set image_tag_mutability = \"IMMUTABLE\"", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	attributes.unknown(r, ["image_tag_mutability"])
	msg := sprintf("%s: image_tag_mutability is known only after apply", [r.address])
}

# Positive helpers, negated as a whole: `not f(x) == v` would fail outright when f(x) is undefined (an unset
# attribute), because OPA evaluates a call nested in a negated expression before the negation.
compliant(r) if attributes.value(r, ["image_tag_mutability"]) in allowed

# METADATA
# title: Resources are placed in allowed regions
# description: >-
#   Every resource with a known region or location sits in an allowed region for its cloud (by default the EU
#   regions), keeping data and processing within the agreed jurisdiction (GDPR Chapter V). Resources in their
#   own right are judged (those that carry tags or labels); settings attached to another resource (bucket
#   policies, rule associations) and global services (IAM, Route 53, CloudFront) have no placement of their own.
# scope: package
# custom:
#   id: allowed-regions
#   severity: medium
#   category: residency
#   controls:
#     - { framework: GDPR, id: Art.44 }
#     - { framework: GDPR, id: Art.46 }
#     - { framework: ISO27001:2022, id: A.5.31 }
#   remediation: Deploy to an allowed region (set the provider's region or the resource's location), or extend allowed_regions.
#   resourceTypes: [taggable Terraform resources of aws, google and azurerm with a region or location]
#   parameters: [allowed_regions]
package plangate.rules.allowed_regions

import data.plangate.lib.tags
import rego.v1

# Services without regions: their resources inherit the provider's region in the plan but live nowhere.
global_type_prefixes := [
	"aws_iam_", "aws_route53_", "aws_cloudfront_", "aws_organizations_", "aws_budgets_", "aws_shield_",
	"aws_globalaccelerator_", "aws_waf_", "google_project", "google_service_account", "google_organization_",
	"google_folder", "google_dns_",
]

global(r) if {
	some prefix in global_type_prefixes
	startswith(r.type, prefix)
}

placed(r) if r.taggable == true

placed(r) if tags.labelled(r)

# The resource's region: from the plan, else from a known AWS ARN (arn:aws:SERVICE:REGION:ACCOUNT:...), which
# settles resources whose provider region comes from a variable.
region(r) := r.region if is_string(r.region)

else := arn_region if {
	r.provider == "aws"
	parts := split(r.values.arn, ":")
	count(parts) > 4
	arn_region := parts[3]
	arn_region != ""
}

# Resources this rule places: Terraform resources in their own right, of a cloud with allowed regions.
placeable(r) if {
	r.source == "terraform"
	data.plangate.params.allowed_regions[r.provider]
	placed(r)
	not global(r)
}

# The judged resources, found once per evaluation: their region is known.
subjects := [r | some r in input.resources; placeable(r); has_region(r)]

# Resources whose region is not known before apply (their provider's region refers to something unsettled).
unplaced := [r | some r in input.resources; placeable(r); not has_region(r)]

has_region(r) if is_string(region(r))

# The allowed regions of each provider, lower-cased.
allowed_lower[provider] := {lower(a) | some a in allowed} if some provider, allowed in data.plangate.params.allowed_regions

applies contains r.id if {
	some r in subjects
}

applies contains r.id if {
	some r in unplaced
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in unplaced
	msg := sprintf("%s: region unknown before apply: %s", [r.address, object.get(r, "regionUnknown", "the plan gives no region")])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in subjects
	allowed := data.plangate.params.allowed_regions[r.provider]
	not lower(region(r)) in allowed_lower[r.provider]
	msg := sprintf("%s is in region '%s', which is not allowed for %s (allowed: %s)", [r.address, region(r), r.provider, concat(", ", allowed)])
}

evidence contains {"id": r.id, "msg": sprintf("region %s", [region(r)])} if {
	some r in subjects
	lower(region(r)) in allowed_lower[r.provider]
}

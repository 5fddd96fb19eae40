# METADATA
# title: S3 buckets have no public ACL
# description: No bucket grants read or write to everyone through a canned ACL.
# scope: package
# custom:
#   id: aws-s3-no-public-acl
#   severity: critical
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: GDPR, id: "Art.32" }
#   remediation: Use acl = "private" (or remove the ACL and keep object ownership BucketOwnerEnforced).
#   resourceTypes: [aws_s3_bucket, aws_s3_bucket_acl]
package plangate.rules.aws_s3_no_public_acl

import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read"}

types := {"aws_s3_bucket", "aws_s3_bucket_acl"}

applies contains r.id if {
	some r in input.resources
	r.type in types
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	r.type in types
	r.values.acl in public_acls
	msg := sprintf("%s %s grants '%s'; use acl = \"private\"", [r.type, r.address, r.values.acl])
}

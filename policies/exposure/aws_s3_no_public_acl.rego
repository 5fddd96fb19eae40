# METADATA
# title: S3 buckets have no public ACL
# description: No bucket grants read or write to everyone, through a canned ACL or a grant to the AllUsers or AuthenticatedUsers group.
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

import data.plangate.lib.resources
import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read"}

types := {"aws_s3_bucket", "aws_s3_bucket_acl"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	r.values.acl in public_acls
	msg := sprintf("%s grants '%s'; use acl = \"private\"", [r.address, r.values.acl])
}

public_groups := {"http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"}

# Explicit grants: the inline grant blocks of a bucket, or the access_control_policy of an aws_s3_bucket_acl.
grants(r) := r.values.grant if r.type == "aws_s3_bucket"

grants(r) := [g | some p in r.values.access_control_policy; some g in p.grant] if r.type == "aws_s3_bucket_acl"

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	some g in grants(r)
	uri := grant_uri(g)
	uri in public_groups
	msg := sprintf("%s grants %s to %s; remove the grant", [r.address, concat(", ", grant_permissions(g)), uri])
}

grant_uri(g) := g.uri if is_string(g.uri)

else := g.grantee[0].uri

grant_permissions(g) := g.permissions if is_array(g.permissions)

else := [g.permission]

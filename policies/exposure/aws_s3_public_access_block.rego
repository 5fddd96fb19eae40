# METADATA
# title: S3 buckets block public access
# description: >-
#   Every S3 bucket has an aws_s3_bucket_public_access_block with all four settings on, so no ACL or bucket
#   policy can make its objects public.
# scope: package
# custom:
#   id: aws-s3-public-access-block
#   severity: high
#   category: exposure
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.3" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: CIS-AWS, id: "2.1.4" }
#   remediation: >-
#     Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls, block_public_policy,
#     ignore_public_acls and restrict_public_buckets all true.
#   resourceTypes: [aws_s3_bucket]
package plangate.rules.aws_s3_public_access_block

import data.plangate.lib.resources
import rego.v1

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

applies contains r.id if {
	some r in resources.of_type("aws_s3_bucket")
}

blocks_for(r) := array.concat(
	resources.referring(r, "aws_s3_bucket_public_access_block", "bucket"),
	resources.named_by(r, "aws_s3_bucket_public_access_block", "bucket"),
)

# Account-level blocks with all four settings on: one covers every bucket of the account. A set counted below
# rather than a boolean rule under `not`, which the compiled module would evaluate again for every bucket.
account_blocks contains b.id if {
	some b in input.resources
	b.type == "aws_s3_account_public_access_block"
	every s in settings {
		b.values[s] == true
	}
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	count(account_blocks) == 0
	count(blocks_for(r)) == 0
	msg := sprintf("S3 bucket %s has no public access block; add an aws_s3_bucket_public_access_block with all four settings true", [r.address])
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	some b in blocks_for(r)
	off := [s | some s in settings; b.values[s] != true]
	count(off) > 0
	msg := sprintf("S3 bucket %s: public access block %s leaves %s off", [r.address, b.address, concat(", ", off)])
}

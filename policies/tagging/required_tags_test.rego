package plangate.rules.required_tags_test

import data.plangate.rules.required_tags
import rego.v1

params := {"required_tags": {"owner": [], "data-classification": ["public", "internal", "confidential", "restricted"]}}

bucket(tags) := {"id": "p#aws_s3_bucket.b", "address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "source": "terraform", "taggable": true, "tags": tags}

messages(resources) := msgs if {
	msgs := {d.msg | some d in required_tags.deny} with input as {"resources": resources}
		with data.plangate.params as params
}

applies(resources) := ids if {
	ids := required_tags.applies with input as {"resources": resources}
		with data.plangate.params as params
}

test_compliant_bucket_passes if {
	r := bucket({"owner": "team-a", "data-classification": "internal"})
	applies([r]) == {r.id}
	count(messages([r])) == 0
}

test_missing_owner_fails if {
	some msg in messages([bucket({"data-classification": "internal"})])
	contains(msg, "missing tag 'owner'")
}

test_invalid_classification_fails if {
	some msg in messages([bucket({"owner": "a", "data-classification": "secret"})])
	contains(msg, "'data-classification' is 'secret'")
}

test_untaggable_resource_not_judged if {
	count(applies([object.union(bucket({}), {"taggable": false})])) == 0
}

test_kubernetes_deployment_labels if {
	r := {"id": "d#Deployment/default/web", "address": "Deployment/default/web", "type": "Deployment", "kind": "Deployment", "source": "kubernetes", "tags": {"owner": "a"}}
	some msg in messages([r])
	contains(msg, "missing tag 'data-classification'")
}

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

test_message_names_resource_and_fix if {
	some msg in messages([bucket({"owner": "team-a"})])
	contains(msg, "aws_s3_bucket.b")
	contains(msg, "fix them in tags")
}

test_gke_resource_labels_are_judged if {
	r := {"id": "p#google_container_cluster.c", "address": "google_container_cluster.c", "type": "google_container_cluster", "source": "terraform", "taggable": false, "values": {"resource_labels": {"owner": "a", "data-classification": "internal"}}}
	applies([r]) == {r.id}
	count(messages([r])) == 0
}

test_gke_without_labels_fails if {
	r := {"id": "p#google_container_cluster.c", "address": "google_container_cluster.c", "type": "google_container_cluster", "source": "terraform", "taggable": false, "values": {"resource_labels": null}}
	some msg in messages([r])
	contains(msg, "fix them in resource_labels")
}

test_kubernetes_namespace_with_labels_passes if {
	r := {"id": "n#Namespace/prd-a", "address": "Namespace/prd-a", "type": "Namespace", "kind": "Namespace", "source": "kubernetes", "tags": {"owner": "a", "data-classification": "restricted"}}
	applies([r]) == {r.id}
	count(messages([r])) == 0
}

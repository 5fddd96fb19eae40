package plangate.lib.iam_test

import data.plangate.lib.iam
import data.plangate.lib.iam_testing as it
import data.plangate.lib.testing as t
import rego.v1

statements_of(resources, documents, id) := ss if {
	ss := iam.statements[id] with input as it.doc(resources, documents)
}

test_action_as_string_and_list_are_lists if {
	r := it.policy("aws_iam_policy", "p", [
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
		{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["arn:aws:s3:::a/*"]},
	])
	ss := statements_of([r], [], r.id)
	ss[0].actions == ["s3:GetObject"]
	ss[0].resources == ["*"]
	ss[1].actions == ["s3:GetObject", "s3:PutObject"]
}

test_single_statement_object if {
	r := t.tf("aws_iam_role_policy", "p", {"policy": json.marshal({"Statement": {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}})})
	ss := statements_of([r], [], r.id)
	count(ss) == 1
	ss[0].uses_not_action
	ss[0].not_actions == ["iam:*"]
	ss[0].actions == []
}

test_principal_marks_resource_statement if {
	r := it.policy("aws_iam_policy", "p", [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "*", "Resource": "*"}])
	some s in statements_of([r], [], r.id)
	not iam.identity_grant(s)
}

test_document_blocks_default_to_allow if {
	d := it.document("admin", [it.block(["*"], ["*"])])
	ss := statements_of([], [d], d.id)
	ss[0].effect == "Allow"
	iam.any_action(ss[0])
	iam.any_resource(ss[0])
}

test_document_merges_known_source_documents if {
	d0 := it.document("merged", [])
	d := object.union(d0, {"values": {"statement": [], "source_policy_documents": [json.marshal({"Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]})]}})
	ss := statements_of([], [d], d.id)
	iam.service_wildcards(ss[0]) == {"ec2"}
}

test_deferred_policy_read_through_document if {
	d := it.document("admin", [it.block(["iam:*"], ["*"])])
	r := it.deferred_policy("aws_iam_policy", "p", ["data.aws_iam_policy_document.admin"])
	ss := statements_of([r], [d], r.id)
	iam.service_wildcards(ss[0]) == {"iam"}
	iam.through(r) == " (read through data.aws_iam_policy_document.admin)" with input as it.doc([r], [d])
}

test_deferred_policy_without_document_is_undecided if {
	r := it.deferred_policy("aws_iam_policy", "p", ["aws_s3_bucket.x"])
	not iam.statements[r.id] with input as it.doc([r], [])
	iam.undecided[r.id] with input as it.doc([r], [])
}

test_invalid_json_is_undecided if {
	r := t.tf("aws_iam_policy", "p", {"policy": "{not json"})
	contains(iam.undecided[r.id], "not valid JSON") with input as it.doc([r], [])
}

test_service_wildcards_skip_partial_wildcards if {
	iam.service_wildcards({"actions": ["S3:*", "ec2:Describe*", "*", "kms:*"]}) == {"s3", "kms"}
}

test_service_wide_arns_are_any_resource if {
	iam.any_resource({"resources": ["arn:aws:s3:::*"]})
	iam.any_resource({"resources": ["arn:aws:logs:*:*:*"]})
	not iam.any_resource({"resources": ["arn:aws:s3:::prd-reports/*"]})
	not iam.any_resource({"resources": ["arn:aws:logs:eu-west-1:111122223333:*"]})
}

test_unknown_block_resources_make_document_and_policy_undecided if {
	d0 := it.document("later", [it.block(["s3:GetObject"], null)])
	d := object.union(d0, {"unknown": {"json": true, "statement": [{"resources": true}]}})
	r := it.deferred_policy("aws_iam_policy", "p", ["data.aws_iam_policy_document.later"])
	u := iam.undecided with input as it.doc([r], [d])
	contains(u[d.id], "resources of statement 1 is known only after apply")
	contains(u[r.id], "resources of statement 1")
}

test_several_reasons_are_joined if {
	d0 := it.document("later", [it.block(null, ["*"])])
	d := object.union(d0, {"unknown": {"source_policy_documents": true, "statement": [{"actions": [false, true]}]}})
	u := iam.undecided with input as it.doc([], [d])
	contains(u[d.id], "actions of statement 1")
	contains(u[d.id], "source_policy_documents")
}

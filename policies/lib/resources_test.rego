package plangate.lib.resources_test

import data.plangate.lib.resources
import data.plangate.lib.testing as t
import rego.v1

# Instance `index` of a counted resource inside module instance `module`.
instance(type, name, module, index) := t.set_fields(t.tf(type, name, {}), {
	"id": sprintf("plan.json#%s.%s.%s[%d]", [module, type, name, index]),
	"address": sprintf("%s.%s.%s[%d]", [module, type, name, index]),
	"configAddress": sprintf("%s.%s.%s", [regex.replace(module, `\[[^\]]*\]`, ""), type, name]),
	"module": module,
	"index": index,
})

test_same_count_index_joins if {
	resources.same_instance(instance("aws_s3_bucket", "b", "module.s3", 1), instance("aws_s3_bucket_public_access_block", "b", "module.s3", 1))
}

test_other_count_index_does_not_join if {
	not resources.same_instance(instance("aws_s3_bucket", "b", "module.s3", 0), instance("aws_s3_bucket_public_access_block", "b", "module.s3", 1))
}

test_other_module_instance_does_not_join if {
	not resources.same_instance(instance("aws_s3_bucket", "b", `module.s3["a"]`, 0), instance("aws_s3_bucket_public_access_block", "b", `module.s3["b"]`, 0))
}

test_resources_of_other_modules_join if {
	resources.same_instance(instance("aws_s3_bucket", "b", "module.data", 0), t.tf("aws_s3_bucket_policy", "p", {}))
}

test_referring_keeps_to_the_instance if {
	b0 := instance("aws_s3_bucket", "b", "module.s3", 0)
	b1 := instance("aws_s3_bucket", "b", "module.s3", 1)
	conf := t.with_refs(instance("aws_s3_bucket_server_side_encryption_configuration", "b", "module.s3", 1), {"bucket": ["module.s3.aws_s3_bucket.b"]})
	found := resources.referring(b1, "aws_s3_bucket_server_side_encryption_configuration", "bucket") with input as t.doc([b0, b1, conf])
	count(found) == 1
	none := resources.referring(b0, "aws_s3_bucket_server_side_encryption_configuration", "bucket") with input as t.doc([b0, b1, conf])
	count(none) == 0
}

test_module_config_drops_instance_keys if {
	resources.module_config({"module": `module.a["x"].module.b[0]`}) == "module.a.module.b"
	resources.module_config({"module": "module.a.module.b"}) == "module.a.module.b"
	resources.module_config({}) == ""
}

test_of_types_finds_resources_by_type if {
	docs := [t.tf("aws_s3_bucket", "a", {}), t.tf("aws_sqs_queue", "q", {}), t.tf("aws_s3_bucket", "b", {})]
	count(resources.of_type("aws_s3_bucket")) == 2 with input as t.doc(docs)
	count(resources.of_types({"aws_s3_bucket", "aws_sqs_queue"})) == 3 with input as t.doc(docs)
	count(resources.of_type("aws_sns_topic")) == 0 with input as t.doc(docs)
}

package plangate.rules.allowed_regions_test

import data.plangate.lib.testing as t
import data.plangate.rules.allowed_regions as rule
import rego.v1

outcome(resources) := {"applies": a, "deny": d, "unknown": u} if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
	u := set()
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

test_eu_bucket_passes if {
	r := t.tf("aws_s3_bucket", "b", {"tags": {}})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_us_bucket_fails if {
	r := t.set_fields(t.tf("aws_s3_bucket", "b", {"tags": {}}), {"region": "us-east-1"})
	o := outcome([r])
	o.deny == {r.id}
	some m in messages([r])
	contains(m, r.address)
	contains(m, "'us-east-1'")
}

test_azure_location_passes if {
	r := t.set_fields(t.tf("azurerm_resource_group", "rg", {"tags": {}}), {"region": "northeurope"})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_global_iam_not_judged if {
	r := t.set_fields(t.tf("aws_iam_role", "r", {"tags": {}}), {"region": "us-east-1"})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

test_attached_settings_not_judged if {
	r := t.set_fields(t.tf("aws_s3_bucket_policy", "p", {"policy": "{}"}), {"region": "us-east-1"})
	o := outcome([r])
	count(o.applies) == 0
	count(o.deny) == 0
}

test_region_from_arn_fails if {
	r := object.remove(t.tf("aws_security_group", "sg", {"tags": {}, "arn": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-1"}), ["region"])
	o := outcome([r])
	o.deny == {r.id}
}

test_gke_location_fails if {
	r := t.set_fields(t.tf("google_container_cluster", "c", {"resource_labels": null}), {"region": "us-central1"})
	o := outcome([r])
	o.deny == {r.id}
}

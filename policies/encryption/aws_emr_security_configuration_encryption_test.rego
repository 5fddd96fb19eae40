package plangate.rules.aws_emr_security_configuration_encryption_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_emr_security_configuration_encryption as rule
import rego.v1

config(encryption) := t.tf("aws_emr_security_configuration", "etl", {"name": "prd-etl", "configuration": json.marshal({"EncryptionConfiguration": encryption})})

test_both_on_passes if {
	r := config({"EnableAtRestEncryption": true, "EnableInTransitEncryption": true})
	rule.applies == {r.id} with input as t.doc([r])
	count(rule.deny) == 0 with input as t.doc([r])
}

test_in_transit_off_fails if {
	r := config({"EnableAtRestEncryption": true, "EnableInTransitEncryption": false})
	some o in rule.deny with input as t.doc([r])
	contains(o.msg, "in transit")
	not contains(o.msg, "at rest")
}

test_empty_configuration_fails if {
	r := t.tf("aws_emr_security_configuration", "etl", {"name": "prd-etl", "configuration": "{}"})
	t.ids(rule.deny) == {r.id} with input as t.doc([r])
}

test_unknown_is_unknown if {
	r := t.with_unknown(t.tf("aws_emr_security_configuration", "etl", {"name": "prd-etl"}), {"configuration": true})
	t.ids(rule.unknown) == {r.id} with input as t.doc([r])
}

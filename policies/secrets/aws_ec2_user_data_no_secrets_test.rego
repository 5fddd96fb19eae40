package plangate.rules.aws_ec2_user_data_no_secrets_test

import data.plangate.lib.testing as t
import data.plangate.rules.aws_ec2_user_data_no_secrets as rule
import rego.v1

script := "#!/bin/bash\nexport DB_PASSWORD='hunter2hunter2'\n/opt/app/start\n"

outcome(resources) := {"applies": a, "deny": d, "unknown": u, "messages": m} if {
	a := rule.applies with input as t.doc(resources)
	d := t.ids(rule.deny) with input as t.doc(resources)
	u := t.ids(rule.unknown) with input as t.doc(resources)
	m := t.messages(rule.deny) with input as t.doc(resources)
}

test_launch_template_base64_fails if {
	r := t.tf("aws_launch_template", "web", {"name": "prd-web", "user_data": base64.encode(script)})
	o := outcome([r])
	o.deny == {r.id}
	some m in o.messages
	contains(m, "DB_PASSWORD")
	not contains(m, "hunter2")
}

test_instance_user_data_base64_with_key_fails if {
	r := t.tf("aws_instance", "web", {"user_data": null, "user_data_base64": base64.encode("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE")})
	outcome([r]).deny == {r.id}
}

test_clean_script_passes if {
	r := t.tf("aws_launch_template", "web", {"name": "prd-web", "user_data": base64.encode("#!/bin/bash\nDB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\n")})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) == 0
	count(o.unknown) == 0
}

test_hashed_user_data_is_unknown if {
	r := t.tf("aws_launch_configuration", "lc", {"user_data": "fd9003b540fe982315656085e92ed87d0ec1950a"})
	o := outcome([r])
	o.unknown == {r.id}
	count(o.deny) == 0
}

test_no_user_data_passes if {
	r := t.tf("aws_instance", "web", {"user_data": null, "user_data_base64": null})
	o := outcome([r])
	o.applies == {r.id}
	count(o.deny) + count(o.unknown) == 0
}

# Builders shared by the identity rules' unit tests: IAM policy resources, policy document data sources and input
# documents holding both. Not part of the compiled library.
package plangate.lib.iam_testing

import data.plangate.lib.testing as t
import rego.v1

# A policy resource of `type` whose `policy` is the JSON of these statements (what jsonencode puts in the plan).
policy(type, name, statements) := t.tf(type, name, {"policy": json.marshal({"Version": "2012-10-17", "Statement": statements})})

# A policy resource whose policy JSON is known only after apply and refers to `references`.
deferred_policy(type, name, references) := t.with_refs(
	t.with_unknown(t.tf(type, name, {}), {"policy": true}),
	{"policy": references},
)

# An aws_iam_policy_document data source with these statement blocks.
document(name, blocks) := {
	"id": sprintf("plan.json#data.aws_iam_policy_document.%s", [name]),
	"address": sprintf("data.aws_iam_policy_document.%s", [name]),
	"configAddress": sprintf("data.aws_iam_policy_document.%s", [name]),
	"type": "aws_iam_policy_document",
	"name": name,
	"source": "terraform",
	"file": "plan.json",
	"mode": "data",
	"module": "",
	"provider": "aws",
	"action": "read",
	"values": {"statement": blocks},
	"unknown": {"json": true},
	"references": {},
}

# A statement block of aws_iam_policy_document.
block(actions, resources) := {"effect": null, "actions": actions, "resources": resources, "not_actions": null, "not_resources": null, "principals": [], "not_principals": [], "condition": [], "sid": null}

doc(resources, documents) := {"resources": resources, "dataSources": documents}

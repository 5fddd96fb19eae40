# METADATA
# title: IAM policy helpers
# description: >-
#   The statements of the AWS identity policies of a run, read once and normalised, wherever Terraform holds them:
#   the JSON `policy` of aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy and aws_iam_group_policy (a
#   literal or jsonencode output: both reach the plan as a string), and the `statement` blocks and source documents
#   of aws_iam_policy_document data sources. A policy resource whose JSON is known only after apply is read through
#   the policy document data source it refers to, when it refers to one. Trust policies of IAM roles
#   (assume_role_policy) are read the same way, apart (trust_statements).
# scope: package
package plangate.lib.iam

import data.plangate.lib.resources
import rego.v1

# Resource types whose `policy` attribute is an identity-based policy document.
policy_types := {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}

policy_resources := resources.of_types(policy_types)

# Policy document data sources (few in any plan, so a scan of the data sources costs nothing).
documents := [d | some d in input.dataSources; d.type == "aws_iam_policy_document"]

# Every resource and data source holding an identity policy.
holders := array.concat(policy_resources, documents)

# Ids of the policy document data sources at each file and configuration address.
documents_by_address[resources.index_key([d.file, d.configAddress])] contains d.id if some d in documents

documents_by_id[d.id] := d if some d in documents

# Statements of each holder whose policy can be read, by holder id; each statement is normalised by `normalise`.
statements[r.id] := [normalise(s) | some s in statement_list(doc)] if {
	some r in policy_resources
	doc := parsed(r.values.policy)
}

statements[r.id] := [s | some d in source_documents(r); some s in document_statements(d)] if {
	some r in policy_resources
	not parsed(object.get(r.values, "policy", null))
	count(source_documents(r)) > 0
}

statements[d.id] := document_statements(d) if some d in documents

# The data source a holder's policy was read through, for messages (absent when read from its own JSON).
read_through[r.id] := concat(", ", [d.address | some d in source_documents(r)]) if {
	some r in policy_resources
	not parsed(object.get(r.values, "policy", null))
	count(source_documents(r)) > 0
}

# Why a holder's policy cannot be judged, by holder id: every reason, joined.
undecided[id] := concat("; ", sort([msg | some [i, msg] in unreadable; i == id])) if some [id, _] in unreadable

# [holder id, reason] for policies that cannot be read: known only after apply without a document to read them
# from, not JSON, or a policy document data source with parts known only after apply.
unreadable contains [r.id, sprintf("%s: the policy document is known only after apply", [r.address])] if {
	some r in policy_resources
	r.unknown.policy == true
	count(source_documents(r)) == 0
}

unreadable contains [r.id, sprintf("%s: the policy is not valid JSON", [r.address])] if {
	some r in policy_resources
	is_string(r.values.policy)
	not json.is_valid(r.values.policy)
}

unreadable contains [d.id, msg] if {
	some d in documents
	some msg in document_gaps(d)
}

# A policy resource read through a document inherits the document's gaps.
unreadable contains [r.id, msg] if {
	some r in policy_resources
	not parsed(object.get(r.values, "policy", null))
	some d in source_documents(r)
	some msg in document_gaps(d)
}

# The parts of a policy document data source known only after apply: merged documents, or the actions,
# resources or effect of a statement block (the whole list or some of its elements).
document_gaps(d) := {msg |
	some attribute in ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]
	later(object.get(d.unknown, attribute, false))
	msg := sprintf("%s: %s is known only after apply", [d.address, attribute])
} | {msg |
	some i, block in as_list(object.get(d.unknown, "statement", null))
	some attribute in ["effect", "actions", "not_actions", "resources", "not_resources"]
	later(object.get(block, attribute, false))
	msg := sprintf("%s: %s of statement %d is known only after apply", [d.address, attribute, i + 1])
}

later(x) if x == true

later(x) if {
	is_array(x)
	true in x
}

parsed(text) := doc if {
	is_string(text)
	json.is_valid(text)
	doc := json.unmarshal(text)
	is_object(doc)
}

# The policy document data sources a policy resource's `policy` refers to (the same instance, for count/for_each).
source_documents(r) := documents_at(r, "policy")

# The policy document data sources an attribute of a resource refers to.
documents_at(r, attribute) := [d |
	some address in object.get(r.references, attribute, [])
	some id in documents_by_address[resources.index_key([r.file, address])]
	d := documents_by_id[id]
	resources.same_instance(r, d)
]

# Trust policies (assume_role_policy) of IAM roles, read like identity policies: from their JSON, or through the
# policy document data sources they refer to when the JSON is known only after apply.
roles := resources.of_type("aws_iam_role")

trust_statements[r.id] := [normalise(s) | some s in statement_list(doc)] if {
	some r in roles
	doc := parsed(r.values.assume_role_policy)
}

trust_statements[r.id] := [s | some d in documents_at(r, "assume_role_policy"); some s in document_statements(d)] if {
	some r in roles
	not parsed(object.get(r.values, "assume_role_policy", null))
	count(documents_at(r, "assume_role_policy")) > 0
}

trust_undecided[r.id] := sprintf("%s: the trust policy is known only after apply", [r.address]) if {
	some r in roles
	r.unknown.assume_role_policy == true
	count(documents_at(r, "assume_role_policy")) == 0
}

statement_list(doc) := doc.Statement if is_array(doc.Statement)

statement_list(doc) := [doc.Statement] if is_object(doc.Statement)

# A JSON statement, normalised: effect, the action/resource lists (a string becomes a one-element list; absent
# becomes empty), whether NotAction/NotResource are used, whether it names principals (a resource-based statement,
# not an identity grant) and whether a condition narrows it.
normalise(s) := {
	"sid": object.get(s, "Sid", ""),
	"effect": object.get(s, "Effect", ""),
	"actions": as_list(object.get(s, "Action", [])),
	"not_actions": as_list(object.get(s, "NotAction", [])),
	"uses_not_action": "NotAction" in object.keys(s),
	"resources": as_list(object.get(s, "Resource", [])),
	"not_resources": as_list(object.get(s, "NotResource", [])),
	"uses_not_resource": "NotResource" in object.keys(s),
	"names_principal": count(object.filter(s, ["Principal", "NotPrincipal"])) > 0,
	"public_principal": public(object.get(s, "Principal", null)),
	"conditioned": non_empty(object.get(s, "Condition", null)),
}

# The statements of a policy document data source: its `statement` blocks (known even when the rendered JSON is
# not) and the statements of the known JSON documents it merges.
document_statements(d) := array.concat(block_statements(d), merged_statements(d))

block_statements(d) := [normalise_block(b) | some b in as_list(object.get(d.values, "statement", null))]

merged_statements(d) := [normalise(s) |
	some text in merged_texts(d)
	doc := parsed(text)
	some s in statement_list(doc)
]

merged_texts(d) := array.concat(
	[t | some attribute in ["source_policy_documents", "override_policy_documents"]; some t in as_list(object.get(d.values, attribute, []))],
	[t | some attribute in ["source_json", "override_json"]; t := d.values[attribute]; is_string(t)],
)

# A statement block of aws_iam_policy_document; its effect defaults to Allow.
normalise_block(b) := {
	"sid": string_or(object.get(b, "sid", null), ""),
	"effect": string_or(object.get(b, "effect", null), "Allow"),
	"actions": field_list(b, "actions"),
	"not_actions": field_list(b, "not_actions"),
	"uses_not_action": count(field_list(b, "not_actions")) > 0,
	"resources": field_list(b, "resources"),
	"not_resources": field_list(b, "not_resources"),
	"uses_not_resource": count(field_list(b, "not_resources")) > 0,
	"names_principal": count(field_list(b, "principals")) + count(field_list(b, "not_principals")) > 0,
	"public_principal": public_block(field_list(b, "principals")),
	"conditioned": count(field_list(b, "condition")) > 0,
}

field_list(b, key) := as_list(object.get(b, key, null))

string_or(x, fallback) := x if is_string(x)

else := fallback

# Whether a JSON Principal is everyone: "*", {"AWS": "*"} or an AWS list holding "*".
public(principal) := true if {
	some p in public_forms(principal)
	p == "*"
} else := false

public_forms(principal) := [principal] if is_string(principal)

else := as_list(object.get(principal, "AWS", null)) if is_object(principal)

else := []

# Whether principals blocks of a policy document name everyone (type "*", or type "AWS" with identifier "*").
public_block(blocks) := true if {
	some b in blocks
	object.get(b, "type", "") in {"*", "AWS"}
	"*" in as_list(object.get(b, "identifiers", null))
} else := false

# Whether a condition is set: a non-empty object (JSON).
non_empty(x) := true if {
	is_object(x)
	count(x) > 0
}

else := false

as_list(x) := x if is_array(x)

else := [x] if is_string(x)

else := []

# The statement grants permissions to the identity holding the policy (an Allow without named principals).
identity_grant(s) if {
	s.effect == "Allow"
	not s.names_principal
}

# The statement's resources include every resource: "*", or an ARN whose region, account and resource are all
# wildcards (arn:aws:s3:::*, arn:aws:logs:*:*:*), which covers every resource of its service.
any_resource(s) if "*" in s.resources

any_resource(s) if {
	some resource in s.resources
	regex.match(`^arn:[^:]+:[^:]+:\*?:\*?:\*$`, resource)
}

# The statement's actions include every action of every service.
any_action(s) if {
	some a in s.actions
	a in {"*", "*:*"}
}

# The services whose every action the statement grants (`iam:*` → "iam"), lower case.
service_wildcards(s) := {lower(service) |
	some a in s.actions
	parts := split(a, ":")
	count(parts) == 2
	parts[1] == "*"
	service := parts[0]
	service != "*"
}

# How a statement is named in messages: its Sid, or its position.
label(s, i) := sprintf("statement \"%s\"", [s.sid]) if s.sid != ""

else := sprintf("statement %d", [i + 1])

# " (read through data.aws_iam_policy_document.x)" when the policy was read through a data source, else "".
through(r) := sprintf(" (read through %s)", [read_through[r.id]]) if read_through[r.id]

else := ""

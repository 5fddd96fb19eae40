# METADATA
# title: Secret detectors
# description: >-
#   Finds credentials written in plaintext, by the name they are stored under (password, secret, token, api_key
#   ...) and by the shape of well-known credentials (AWS access key ids, private keys, GitHub and Slack tokens,
#   URLs carrying a password).
#   A finding never holds the value: it names the key and the reason, and shows at most a credential type's public
#   prefix (AKIA, ghp_ ...) followed by a mask.
#
#   API (every rule judging secrets uses only these):
#   - in_map(kv): findings in an object of names to values (environment variables, ConfigMap data, container env
#     turned into an object), a set of {"key", "reason"};
#   - in_pairs(list): the same over a list of {"name", "value"} entries (ECS environment, Kubernetes env, Cloud
#     Run env); entries without a literal value (valueFrom, secretKeyRef) are skipped;
#   - in_text(text): findings in free text (user data, scripts, JSON documents): the same shape of set, with
#     "key" the assignment's name or the credential type;
#   - credential_name(name): the name suggests a credential and does not merely point at one (DB_PASSWORD yes,
#     DB_PASSWORD_ARN and PASSWORD_FILE no);
#   - literal(value): a value worth reporting under a credential name (a non-empty string that is not a reference,
#     an ARN or a flag such as "true");
#   - describe(findings): the findings as one sorted phrase for a message.
# scope: package
package plangate.lib.secrets

import rego.v1

# Words that make a name a credential's. `pwd` needs a separator before it (DB_PWD), so the shell's PWD is not one.
credential_words := `(?i)(passw(or)?d|passwd|[_.-]pwd([_.-]|$)|secret|token([_.-]|$)|api[_.-]?key|private[_.-]?key|access[_.-]?key|credential|client[_.-]?secret|connection[_.-]?string|auth[_.-]?key)`

# Endings of names that point at a credential (its ARN, name, path, file, URL) or describe one (its length, type)
# rather than hold it.
pointer_endings := `(?i)[_.-]?(arn|id|name|path|file|ref|url|uri|endpoint|version|region|ttl|expiry|expires|length|type|enabled|header|location)$`

credential_name(name) if {
	is_string(name)
	regex.match(credential_words, name)
	not regex.match(pointer_endings, name)
}

# Values that configure rather than hold a credential, and references resolved at run time (${VAR}, $(cmd),
# {{resolve:...}}, ARNs of secrets and parameters).
not_secret_values := `(?i)^(true|false|yes|no|on|off|none|null|nil|enabled|disabled|required|optional|[0-9]{1,5})$`

reference_values := `^(\$|\{\{|arn:|%|<|ssm:|secretsmanager:|vault:)`

literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not regex.match(not_secret_values, trim_space(value))
	not regex.match(reference_values, trim_space(value))
}

# Well-known credential shapes: what each is called, the pattern that finds it, and the public prefix a message
# may show.
shapes := {
	"an AWS access key id": {"pattern": `\b(AKIA|ASIA)[A-Z0-9]{16}\b`, "prefix": `(AKIA|ASIA)`},
	"a private key": {"pattern": `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----`, "prefix": `-----BEGIN`},
	"a GitHub token": {"pattern": `\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b`, "prefix": `(gh[pousr]_|github_pat_)`},
	"a Slack token": {"pattern": `\bxox[abposr]-[A-Za-z0-9-]{10,}`, "prefix": `xox[abposr]-`},
	"a URL with a password": {"pattern": `\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:[^/\s@$%{<]+@`, "prefix": `[a-zA-Z][a-zA-Z0-9+.-]*://`},
}

# The value with everything after the credential type's public prefix masked.
masked(kind, value) := sprintf("%s****", [regex.find_n(shapes[kind].prefix, value, 1)[0]])

# Reasons a value is a credential by its shape.
shape_reasons(value) := {sprintf("the value looks like %s (%s)", [kind, masked(kind, value)]) |
	is_string(value)
	some kind, shape in shapes
	regex.match(shape.pattern, value)
}

name_reason := "the name suggests a credential and the value is written in plaintext"

findings_of(key, value) := {{"key": key, "reason": reason} | some reason in shape_reasons(value)} if {
	count(shape_reasons(value)) > 0
} else := {{"key": key, "reason": name_reason}} if {
	credential_name(key)
	literal(value)
} else := set()

in_map(kv) := {f |
	is_object(kv)
	some key, value in kv
	some f in findings_of(key, value)
}

# Entries are read one by one: a list may name a variable twice.
in_pairs(list) := {f |
	is_array(list)
	some e in list
	is_string(e.name)
	some f in findings_of(e.name, object.get(e, "value", null))
}

# `name = value` and `"name": "value"` assignments of free text whose name suggests a credential.
assignment := `([A-Za-z0-9_.-]*(?:passw(?:or)?d|passwd|secret|token|api[_.-]?key|private[_.-]?key|access[_.-]?key|credential)[A-Za-z0-9_.-]*)["']?[ \t]*[:=][ \t]*["']?([^\s"',;&|}]+)`

in_text(text) := shape_findings(text) | assignment_findings(text)

shape_findings(text) := {{"key": kind, "reason": masked(kind, match)} |
	is_string(text)
	some kind, shape in shapes
	some match in regex.find_n(shape.pattern, text, -1)
}

assignment_findings(text) := {{"key": m[1], "reason": "assigned a plaintext value"} |
	is_string(text)
	some m in regex.find_all_string_submatch_n(concat("", ["(?i)", assignment]), text, -1)
	credential_name(m[1])
	literal(m[2])
}

# "KEY (reason); KEY2 (reason)", sorted, for messages.
describe(findings) := concat("; ", sort([sprintf("%s (%s)", [f.key, f.reason]) | some f in findings]))

# METADATA
# title: Credential detection
# description: >-
#   Tells whether a key name or a literal value looks like a credential: names such as password, secret, token or
#   api_key, and values shaped like well-known credentials (AWS access key ids, private key headers, GitHub and
#   Slack tokens). Rules name the kind of credential found and never copy the value into a message.
# scope: package
package plangate.lib.credentials

import rego.v1

# Kinds of credential recognisable by their shape alone, each with its pattern (RE2).
value_shapes := {
	"an AWS access key id": `\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`,
	"a private key": `-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----`,
	"a GitHub token": `\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b`,
	"a Slack token": `\bxox[abposr]-[A-Za-z0-9-]{10,}`,
	"a Slack webhook URL": `https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+`,
	"a Google API key": `\bAIza[0-9A-Za-z_-]{35}\b`,
	"a Stripe secret key": `\b(sk|rk)_live_[0-9A-Za-z]{24,}\b`,
}

# The kinds of credential a value is shaped like (empty for anything else).
shapes(value) := {kind |
	is_string(value)
	some kind, pattern in value_shapes
	regex.match(pattern, value)
}

# Key names that say the value is a credential.
credential_name := `(?i)(passw(or)?d|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|client[_-]?secret|auth[_-]?key)`

# Key names that say the value only points at a credential (a Secret's name, a file path, a URL).
pointer_name := `(?i)([_.-](name|file|path|ref|url|uri|arn|id)|Name|File|Path|Ref|Url|Arn|Id)$`

# A key name that looks like a credential's, excluding names of pointers to one.
credential_key(key) if {
	regex.match(credential_name, key)
	not regex.match(pointer_name, key)
}

# A literal value worth reporting under a credential's name: non-empty and not a template placeholder.
literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not regex.match(`^(\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|<[^>]*>)$`, trim_space(value))
}

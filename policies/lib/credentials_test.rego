package plangate.lib.credentials_test

import data.plangate.lib.credentials
import rego.v1

# Value → the kinds of credential it is shaped like.
shape_cases := [
	["AKIAIOSFODNN7EXAMPLE", {"an AWS access key id"}],
	["key=ASIAY34FZKBOKMUTVV7A;", {"an AWS access key id"}],
	["-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbg==", {"a private key"}],
	["-----BEGIN PRIVATE KEY-----", {"a private key"}],
	["ghp_0123456789abcdefghijABCDEFGHIJ012345", {"a GitHub token"}],
	["xoxb-123456789012-abcdefghij", {"a Slack token"}],
	["https://hooks.slack.com/services/T0000/B0000/abcdefXYZ", {"a Slack webhook URL"}],
	["AKIA-not-a-key", set()],
	["-----BEGIN CERTIFICATE-----", set()],
	["ghp_short", set()],
	["info", set()],
]

test_value_shapes if {
	every c in shape_cases {
		credentials.shapes(c[0]) == c[1]
	}
}

test_non_strings_have_no_shape if credentials.shapes(12345) == set()

# Key → whether it names a credential (and not a pointer to one).
key_cases := [
	["DB_PASSWORD", true],
	["api-key", true],
	["clientSecret", true],
	["GITHUB_TOKEN", true],
	["DB_PASSWORD_FILE", false],
	["token_secret_name", false],
	["secretRef", false],
	["LOG_LEVEL", false],
]

test_credential_keys if {
	every c in key_cases {
		is_credential(c[0]) == c[1]
	}
}

is_credential(key) := true if credentials.credential_key(key)

else := false

test_literals_exclude_placeholders if {
	credentials.literal("hunter2")
	not credentials.literal("")
	not credentials.literal("${DB_PASSWORD}")
	not credentials.literal("{{ .Values.password }}")
	not credentials.literal("<password>")
}

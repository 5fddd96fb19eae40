package plangate.lib.secrets_test

import data.plangate.lib.secrets
import rego.v1

test_credential_names if {
	every name in ["DB_PASSWORD", "passwd", "api_key", "ApiKey", "GITHUB_TOKEN", "client_secret", "DB_PWD", "PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY", "connectionString"] {
		secrets.credential_name(name)
	}
}

test_names_that_are_not_credentials if {
	every name in ["PWD", "DB_PASSWORD_ARN", "PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "MAX_TOKENS", "LOG_LEVEL", "ACCESS_KEY_ID"] {
		not secrets.credential_name(name)
	}
}

test_literals if {
	secrets.literal("hunter2hunter2")
	secrets.literal("(sensitive value)")
	every v in ["", "  ", "true", "Disabled", "8080", "${DB_PASSWORD}", "$(cat /run/secret)", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db", "{{resolve:ssm:/db}}"] {
		not secrets.literal(v)
	}
	not secrets.literal(42)
}

test_in_map_by_name_and_by_shape if {
	f := secrets.in_map({"DB_PASSWORD": "hunter2hunter2", "KEY": "AKIAIOSFODNN7EXAMPLE", "LOG_LEVEL": "debug", "DB_PASSWORD_ARN": "arn:aws:secretsmanager:x"})
	{x.key | some x in f} == {"DB_PASSWORD", "KEY"}
	some x in f
	x.key == "KEY"
	contains(x.reason, "AWS access key id (AKIA****)")
}

test_findings_never_hold_the_value if {
	f := secrets.in_map({"TOKEN": "ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "DB_PASSWORD": "hunter2hunter2"})
	text := secrets.describe(f)
	not contains(text, "abcdefghij")
	not contains(text, "hunter2")
	contains(text, "ghp_****")
}

test_shapes if {
	count(secrets.shape_reasons("-----BEGIN RSA PRIVATE KEY-----\nMIIE")) == 1
	count(secrets.shape_reasons("-----BEGIN OPENSSH PRIVATE KEY-----")) == 1
	count(secrets.shape_reasons("xoxb-123456789012-abcdefghij")) == 1
	count(secrets.shape_reasons("ASIAY34FZKBOKMUTVV7A")) == 1
	count(secrets.shape_reasons("-----BEGIN PUBLIC KEY-----")) == 0
	count(secrets.shape_reasons("AKIA-not-a-key")) == 0
	secrets.shape_reasons("postgres://app:hunter2@db.internal:5432/orders") == {"the value looks like a URL with a password (postgres://****)"}
	count(secrets.shape_reasons("postgres://app:${DB_PASSWORD}@db.internal/orders")) == 0
	count(secrets.shape_reasons("https://example.com/a:b@c")) == 0
}

test_in_text_assignments_and_shapes if {
	text := "#!/bin/bash\nexport DB_PASSWORD='s3cr3t-pass'\nexport API_TOKEN=$(aws ssm get-parameter --name /t)\naws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\n"
	f := secrets.in_text(text)
	{x.key | some x in f} == {"DB_PASSWORD", "an AWS access key id"}
	not contains(secrets.describe(f), "s3cr3t")
}

test_in_text_json if {
	f := secrets.in_text(`{"db": {"password": "hunter2hunter2", "password_file": "/run/x"}}`)
	{x.key | some x in f} == {"password"}
}

test_in_pairs_skips_references if {
	f := secrets.in_pairs([
		{"name": "DB_PASSWORD", "value": "hunter2hunter2"},
		{"name": "API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "api", "key": "token"}}},
		{"name": "LOG_LEVEL", "value": "debug"},
	])
	{x.key | some x in f} == {"DB_PASSWORD"}
	count(secrets.in_pairs(null)) == 0
	count(secrets.in_pairs([{"name": "TOKEN", "value": "abcdefgh1"}, {"name": "TOKEN", "value": "other-token-2"}])) == 1
}

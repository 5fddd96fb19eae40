# METADATA
# title: Storage policies
# description: Buckets must be private.
# scope: package
# authors:
# - Jane Doe <jane@example.com>
# - name: Ops Team
#   email: ops@example.com
# organizations:
# - Acme
# related_resources:
# - https://example.com/policy
# - ref: https://gdpr.eu/article-32
#   description: GDPR Art. 32
package annotated

# METADATA
# title: Bucket is public
# entrypoint: true
# custom:
#   severity: high
#   controls: [A.8.3, A.8.11]
#   gdpr:
#     article: 32
# schemas:
# - input: schema.input
# - input.x: {"type": "string"}
deny contains msg if {
	input.public
	msg := "public"
}

# METADATA
# scope: document
# description: applies to every definition of f
f(x) := 1 if x == 1

f(x) := 2 if x == 2

# just a comment, not metadata
g := 1

# METADATA
# title: rule scoped
a.b[x] := 1 if x := "k"

# METADATA
# title: Container image helpers
# description: Splits image references (registry/repository:tag@digest) for the image rules.
# scope: package
package plangate.lib.images

import rego.v1

# The part after the last "/" (the repository name with tag and digest).
last_segment(image) := parts[count(parts) - 1] if parts := split(image, "/")

# The tag, or "" when the image has none (a digest alone, or nothing).
tag(image) := t if {
	name := split(last_segment(image), "@")[0]
	contains(name, ":")
	parts := split(name, ":")
	t := parts[count(parts) - 1]
} else := ""

has_digest(image) if contains(image, "@sha256:")

# The registry host: the first segment when it looks like a host (has a dot or colon, or is localhost), else
# Docker Hub.
registry(image) := host if {
	parts := split(image, "/")
	count(parts) > 1
	host := parts[0]
	looks_like_host(host)
} else := "docker.io"

looks_like_host(s) if contains(s, ".")

looks_like_host(s) if contains(s, ":")

looks_like_host("localhost") := true

package acme.compliance.storage

import rego.v1
import future.keywords
import future.keywords.in
import data.lib.tags as tags
import data.lib.naming
import input.resource_changes as changes
import data.foo.as.bar

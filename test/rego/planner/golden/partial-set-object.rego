# entrypoints: test/deny, test/owners
package test

deny contains msg if {
	some r in input.resources
	not r.encrypted
	msg := sprintf("%s is not encrypted", [r.name])
}

owners[name] := owner if {
	some r in input.resources
	name := r.name
	owner := r.tags.owner
}

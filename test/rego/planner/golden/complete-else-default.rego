# entrypoints: test/allow
package test

default allow := false

allow if {
	input.user == "admin"
} else := true if {
	input.role == "ops"
}

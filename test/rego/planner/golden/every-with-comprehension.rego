# entrypoints: test/ok
package test

names := {n | some r in input.items; n := r.name}

ok if {
	every n in names {
		count(n) > 0
	}
	names == {"a"} with input.items as [{"name": "a"}]
}

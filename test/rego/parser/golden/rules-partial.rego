package rules.partial

violations contains msg if {
	some r in input.resources
	msg := sprintf("%s is bad", [r.name])
}

fixed contains "always"

by_name[name] := r if {
	some r in input.resources
	name := r.name
}

flags[x] if {
	some x in input.flags
}

lookup["static"] := 1

a.b[x] := y if {
	some x, y in input.pairs
}

a.b.c contains x if {
	x := input.items[_]
}

deep.path.value := 42

mixed.p[q].r := 1 if q := "k"

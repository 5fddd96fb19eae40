# leading comment
package bodies # trailing comment

p if { input.a; input.b
	input.c # after c
	# own line
	input.d
}

q if {
	x := [1,
		2,
		3]
	y := {"a": 1,
		"b": 2}
	count(x) == count(
		y,
	) + 1
}

r if {
	x := 1
	-1 == x - 2
}

package foo.true.in

if.foo := 1

foo.if := 2

true.bar contains "x"

else.x := 1 if input.y else := 2

foo.some(x) := x if {
	x > 1
}

default foo.else(_) := 42

p if {
	if.foo == 1
	foo.if == 2
	foo.true(1) == 1
	bar.in.baz(2)
	input.contains
	contains("abc", "b")
	in.foo == 1
	null.x == 1
	not.y
}

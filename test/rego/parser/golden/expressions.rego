package exprs

p if {
	x := 1 + 2 * 3 - 4 / 2 % 3
	y := (1 + 2) * 3
	z := -5
	w := 1 - -2
	input.a == input.b
	input.a != 1
	input.n < 1; input.n <= 2; input.n > 3; input.n >= 4
	s := {1, 2} | {3}
	t := {1, 2} & {2} | {4}
	u := {1, 2, 3} - {2}
	"a" in input.list
	2, "b" in input.obj
	input.x in {1, 2} == true
	v = [1, 2]
	[a, b] = [1, 2]
	1 + 2 == 3
	count(input.items) > 0
	not input.disabled
	not startswith(input.name, "tmp")
}

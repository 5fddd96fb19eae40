package logical

import future.keywords.and
import future.keywords.not
import future.keywords.or

p if {
	not input.x and not input.y or input.z
	input.a and input.b or input.c and input.d
	(input.a or input.b) and (input.c or input.d)
	{ a := 1; a > 0 } and { { a := 2; a > 1 } or { a := 3; a > 5 } }
	(input.x > 0 or input.y > 0 with input as {"x": 0, "y": 1})
	(input.x < 2 with input.x as 1) and input.x == 5
	not { input.x and input.y }
	not (input.a or input.b)
	(x + 1) * 2 == 3
	{1, 2} == y
	(((input.a or input.b)))
}

q if input.x > 0 or input.y > 0

r := "ok" if input.x > 0 and input.y > 0
	else := "fallback"

s if input.user == "admin" or
	input.user in data.admins

t if {
	not {
		x := input.role
		x == "banned"
	}
}

package quantifiers

p if {
	some x
	some a, b
	some v in input.xs
	some k, w in input.obj
	some [i, j] in input.pairs
	every e in input.xs { e > 0 }
	every idx, e in input.xs {
		idx >= 0
		e != null
	}
	count(input.xs) == 3 with input.xs as [1, 2, 3]
	allow with input as {"user": "a"} with data.roles as {} with count as mock_count
	every z in input.zs { z } with input.zs as [true]
}

allow if input.user

mock_count(_) := 3

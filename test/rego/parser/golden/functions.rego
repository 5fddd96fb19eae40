package funcs

default f(_) := "fallback"

f(x) := "small" if x < 10

f(x) := "big" if {
	x >= 10
}

g(x, y) := x + y

h(_, _) if true

pick(x) := 1 if {
	x == "a"
} else := 2 if {
	x == "b"
} else := 3

q.r(x) := x * 2

# entrypoints: test
package test

p[q].r := i if q := ["a", "b"][i]

p.c.r := 2

f(x) := x + 1

g := f(1)

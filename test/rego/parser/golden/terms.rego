package terms

nums := [0, -1, 1.5, -0.25, 1e400, 1E-3, 28857836529306024611913, 18446744073709551617, .5, -.5]

strs := ["plain", "esc \" \\ \/ \b \f \n \r \t", "\u00e9\u4e2d", "\ud83d\ude00", "ünïcødé ✓", ``, `raw \n stays`]

multi := `line one
line two`

colls := {
	"empty_set": set(),
	"empty_obj": {},
	"empty_arr": [],
	"set": {1, "two", [3]},
	1: "int key",
	["a"]: {"nested": {"k": null}},
	"trailing": [1, 2,],
}

compr := {
	"arr": [x | x := input.xs[_]; x > 1],
	"set": {x | some x in input.xs},
	"obj": {k: v | some k, v in input.obj},
	"nested": [[y | y := x[_]] | x := input.matrix[_]],
}

refs if {
	input.x[_].y
	data.lib.f(1)
	data.x.f(1).y
	input.a["b c"][0]
	input.x[input.i]
	[1, 2][0] == 1
	{"k": 1}.k == 1
	f(1)[0] == 2
	strings.replace_n({"a": "b"}, "xa")
	_ = input.y
	input.items[_] = input.others[_]
}

package elses

level := "high" if {
	input.score > 80
} else := "medium" if {
	input.score > 50
} else = "low"

check if input.a else if input.b

grade := "A" if input.x > 90
	else := "B" if input.x > 80
	else := "C"

multi if { input.a } { input.b }

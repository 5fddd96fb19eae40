package rules.complete

default allow := false

allow := true if {
	input.user == "admin"
}

deny = msg if {
	msg := "no"
}

is_public if input.acl == "public-read"

enabled if { input.enabled; input.ready }

limit := 10

threshold = 0.75

empty_obj := {}

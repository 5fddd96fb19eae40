package templates

msg := $"bucket {input.name} has {count(input.tags)} tags"

raw := $`multi
{input.x} \{literal}`

plain := $"no expressions"

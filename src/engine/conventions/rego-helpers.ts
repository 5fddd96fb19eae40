// Rego functions the generated convention modules share: reading a rule's messages (strings, or objects with
// `msg` whose other keys are kept as details) into the engine's findings ({id, msg, details}).

/** Source lines of the helper functions; appended to a generated module that imports rego.v1. */
export const MESSAGE_HELPERS = `
# A rule's value as a set of messages: sets and arrays as they are; true is one message naming the rule.
messages(v, _) := v if is_set(v)

messages(v, _) := {m | some m in v} if is_array(v)

messages(v, name) := {name} if v == true

messages(v, _) := set() if v == false

# Values that are no set of messages: the engine reports them instead of reading nothing.
odd_value(v) if {
	not is_set(v)
	not is_array(v)
	not is_boolean(v)
}

msg_of(m) := m if is_string(m)

msg_of(m) := m.msg if is_string(m.msg)

msg_of(m) := json.marshal(m) if {
	not is_string(m)
	not is_string(object.get(m, "msg", null))
}

details_of(m) := object.remove(m, {"msg"}) if is_object(m)

details_of(m) := {} if not is_object(m)

finding(id, m) := {"id": id, "msg": msg_of(m), "details": details_of(m)}
`;

// Type built-ins: is_number … is_null (true or false, never undefined) and type_name.

import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, makeBoolean,
  makeStringLiteral, valueType,
} from "./value";

/** `is_number(x)`. */
export function builtin_is_number(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_NUMBER);
}

/** `is_string(x)`. */
export function builtin_is_string(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_STRING);
}

/** `is_boolean(x)`. */
export function builtin_is_boolean(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_BOOLEAN);
}

/** `is_array(x)`. */
export function builtin_is_array(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_ARRAY);
}

/** `is_set(x)`. */
export function builtin_is_set(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_SET);
}

/** `is_object(x)`. */
export function builtin_is_object(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_OBJECT);
}

/** `is_null(x)`. */
export function builtin_is_null(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_NULL);
}

/** `type_name(x)`: "null", "boolean", "number", "string", "array", "object" or "set". */
export function builtin_type_name(v: usize): usize {
  switch (valueType(v)) {
    case TYPE_NULL: return makeStringLiteral("null");
    case TYPE_BOOLEAN: return makeStringLiteral("boolean");
    case TYPE_NUMBER: return makeStringLiteral("number");
    case TYPE_STRING: return makeStringLiteral("string");
    case TYPE_ARRAY: return makeStringLiteral("array");
    case TYPE_OBJECT: return makeStringLiteral("object");
    case TYPE_SET: return makeStringLiteral("set");
    default: return 0;
  }
}

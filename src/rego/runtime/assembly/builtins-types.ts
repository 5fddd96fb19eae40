// Type built-ins: is_number … is_null (true or false, never undefined) and type_name.

import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, makeBoolean,
  makeStringLiteral, valueType,
} from "./value";

export function builtin_is_number(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_NUMBER);
}

export function builtin_is_string(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_STRING);
}

export function builtin_is_boolean(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_BOOLEAN);
}

export function builtin_is_array(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_ARRAY);
}

export function builtin_is_set(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_SET);
}

export function builtin_is_object(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_OBJECT);
}

export function builtin_is_null(v: usize): usize {
  return makeBoolean(valueType(v) == TYPE_NULL);
}

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

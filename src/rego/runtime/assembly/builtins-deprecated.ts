// Built-ins OPA deprecated before 1.0 and keeps for Rego v0 modules only: the cast_* family and set_diff. (any,
// all, re_match and net.cidr_overlap share the code of their successors in their own families.) The compiler
// refuses them in v1 modules, as OPA does.

import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_OBJECT, TYPE_SET, TYPE_STRING, arrayAppend, arrayGet, arrayLength,
  makeArray, valueType,
} from "./value";
import { entryKey, makeSet, setAdd, tableFirst, tableLength, tableNext } from "./table";
import { sortAddresses } from "./compare";
import { malloc, wordBytes } from "./alloc";
import { typeError } from "./errors";
import { builtin_minus } from "./builtins-numbers";

/** `cast_array(x)`: an array as is, a set as the array of its elements in sorted order. */
export function builtin_cast_array(v: usize): usize {
  const t = valueType(v);
  if (t == TYPE_ARRAY) return v;
  if (t != TYPE_SET) return typeError("cast_array", 1, "one of {array, set}", v);
  const n = tableLength(v);
  const elems = malloc(wordBytes(n));
  let at = elems;
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    store<u32>(at, <u32>entryKey(e));
    at += 4;
  }
  sortAddresses(elems, n, false);
  const out = makeArray(n);
  for (let i: u32 = 0; i < n; i++) arrayAppend(out, <usize>load<u32>(elems + (<usize>i << 2)));
  return out;
}

/** `cast_set(x)`: a set as is, an array as the set of its elements. */
export function builtin_cast_set(v: usize): usize {
  const t = valueType(v);
  if (t == TYPE_SET) return v;
  if (t != TYPE_ARRAY) return typeError("cast_set", 1, "one of {array, set}", v);
  const out = makeSet();
  const n = arrayLength(v);
  for (let i: u32 = 0; i < n; i++) setAdd(out, arrayGet(v, i));
  return out;
}

@inline function castTo(name: string, expected: string, type: u8, v: usize): usize {
  return valueType(v) == type ? v : typeError(name, 1, expected, v);
}

/** `cast_string(x)`: x when it is a string. */
export function builtin_cast_string(v: usize): usize {
  return castTo("cast_string", "string", TYPE_STRING, v);
}

/** `cast_boolean(x)`: x when it is a boolean. */
export function builtin_cast_boolean(v: usize): usize {
  return castTo("cast_boolean", "boolean", TYPE_BOOLEAN, v);
}

/** `cast_null(x)`: x when it is null. */
export function builtin_cast_null(v: usize): usize {
  return castTo("cast_null", "null", TYPE_NULL, v);
}

/** `cast_object(x)`: x when it is an object. */
export function builtin_cast_object(v: usize): usize {
  return castTo("cast_object", "object", TYPE_OBJECT, v);
}

/** `set_diff(a, b)`: the elements of set a not in set b (v1 writes `a - b`). */
export function builtin_set_diff(a: usize, b: usize): usize {
  if (valueType(a) != TYPE_SET) return typeError("set_diff", 1, "set", a);
  if (valueType(b) != TYPE_SET) return typeError("set_diff", 2, "set", b);
  return builtin_minus(a, b);
}

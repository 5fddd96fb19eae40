// Array built-ins: array.concat, array.slice (indices clamped as OPA does), array.flatten (one level) and
// array.reverse. A non-array argument makes the call undefined (0).

import { intOperand, intOperandOk } from "./builtins-values";
import { requireType } from "./errors";
import { arrayAppend, arrayGet, arrayLength, makeArray, valueType, TYPE_ARRAY } from "./value";

@inline function isArray(v: usize): bool {
  return valueType(v) == TYPE_ARRAY;
}

export function builtin_array__concat(a: usize, b: usize): usize {
  if (!requireType("array.concat", 1, a, TYPE_ARRAY, "array") || !requireType("array.concat", 2, b, TYPE_ARRAY, "array")) return 0;
  const out = makeArray(arrayLength(a) + arrayLength(b));
  for (let i: u32 = 0; i < arrayLength(a); i++) arrayAppend(out, arrayGet(a, i));
  for (let i: u32 = 0; i < arrayLength(b); i++) arrayAppend(out, arrayGet(b, i));
  return out;
}

export function builtin_array__slice(arr: usize, start: usize, stop: usize): usize {
  if (!requireType("array.slice", 1, arr, TYPE_ARRAY, "array")) return 0;
  let from = intOperand(start);
  if (!intOperandOk) return 0;
  let to = intOperand(stop);
  if (!intOperandOk) return 0;
  const n = <i64>arrayLength(arr);
  if (to < 0) to = 0;
  else if (to > n) to = n;
  if (from < 0) from = 0;
  else if (from > to) from = to;
  const out = makeArray(<u32>(to - from));
  for (let i = from; i < to; i++) arrayAppend(out, arrayGet(arr, <u32>i));
  return out;
}

export function builtin_array__flatten(arr: usize): usize {
  if (!requireType("array.flatten", 1, arr, TYPE_ARRAY, "array")) return 0;
  const out = makeArray(arrayLength(arr));
  for (let i: u32 = 0; i < arrayLength(arr); i++) {
    const elem = arrayGet(arr, i);
    if (!isArray(elem)) {
      arrayAppend(out, elem);
      continue;
    }
    for (let j: u32 = 0; j < arrayLength(elem); j++) arrayAppend(out, arrayGet(elem, j));
  }
  return out;
}

export function builtin_array__reverse(arr: usize): usize {
  if (!requireType("array.reverse", 1, arr, TYPE_ARRAY, "array")) return 0;
  const n = arrayLength(arr);
  const out = makeArray(n);
  for (let i: u32 = n; i > 0; i--) arrayAppend(out, arrayGet(arr, i - 1));
  return out;
}

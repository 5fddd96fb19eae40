// Small helpers over the value API shared by the built-in families: argument checks, integer operands,
// string slices, element iteration over arrays and sets, and sorting an array's elements in place.

import { sortAddresses } from "./compare";
import { numberI64Ok, numberToI64 } from "./number";
import { entryKey, tableFirst, tableLength, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, makeArray, makeString, stringBytes, stringLength, valueType, TYPE_ARRAY,
  TYPE_NUMBER, TYPE_SET, TYPE_STRING,
} from "./value";

/** Whether a value is a string. */
@inline export function isString(v: usize): bool {
  return valueType(v) == TYPE_STRING;
}

/** Whether the last intOperand call succeeded. */
export let intOperandOk: bool = false;

/** An integral number argument as i64 (1.0 counts); check intOperandOk afterwards. */
export function intOperand(v: usize): i64 {
  intOperandOk = false;
  if (valueType(v) != TYPE_NUMBER) return 0;
  const n = numberToI64(v);
  intOperandOk = numberI64Ok;
  return n;
}

/** A new string value sharing bytes [from, to) of string value `s`. */
export function substringBytes(s: usize, from: u32, to: u32): usize {
  return makeString(stringBytes(s) + from, to - from);
}

/** The elements of an array or set as an array (sets in iteration order); 0 for other types. */
export function elementsOf(coll: usize): usize {
  const t = valueType(coll);
  if (t == TYPE_ARRAY) return coll;
  if (t != TYPE_SET) return 0;
  const out = makeArray(tableLength(coll));
  for (let e = tableFirst(coll); e != 0; e = tableNext(coll, e)) arrayAppend(out, entryKey(e));
  return out;
}

/** Whether every element of an array is a string. */
export function allStrings(arr: usize): bool {
  for (let i: u32 = 0; i < arrayLength(arr); i++) {
    if (!isString(arrayGet(arr, i))) return false;
  }
  return true;
}

/** Sorts an array's elements in place by the Rego order. */
export function sortArrayInPlace(arr: usize): void {
  sortAddresses(<usize>load<u32>(arr, 12), arrayLength(arr), false);
}

/** The elements of an array or set sorted by the Rego order, as a new array; 0 for other types. */
export function sortedElementsOf(coll: usize): usize {
  const elems = elementsOf(coll);
  if (elems == 0) return 0;
  const copy = makeArray(arrayLength(elems));
  for (let i: u32 = 0; i < arrayLength(elems); i++) arrayAppend(copy, arrayGet(elems, i));
  sortArrayInPlace(copy);
  return copy;
}

/** Whether string value `s` has `n` bytes at `p` at byte offset `at`. */
export function stringHasAt(s: usize, at: u32, p: usize, n: u32): bool {
  if (at + n > stringLength(s)) return false;
  const base = stringBytes(s) + at;
  for (let i: u32 = 0; i < n; i++) {
    if (load<u8>(base + i) != load<u8>(p + i)) return false;
  }
  return true;
}

// The value model: layouts, constructors and accessors of Rego values in linear memory. Every value starts
// with a u8 type tag; all other fields are little-endian u32/i64. Interned values written by the code generator
// (booleans and strings, wasm/runtime-abi.ts STATIC_VALUE_LAYOUT) share these layouts and are never mutated.

import { malloc } from "./alloc";

/** Type tags (byte at +0 of every value). */
export const TYPE_NULL: u8 = 1;
export const TYPE_BOOLEAN: u8 = 2;
export const TYPE_NUMBER: u8 = 3;
export const TYPE_STRING: u8 = 4;
export const TYPE_ARRAY: u8 = 5;
export const TYPE_OBJECT: u8 = 6;
export const TYPE_SET: u8 = 7;

/** Number representations (byte at +1 of a number). */
export const NUMBER_INT: u8 = 0;
export const NUMBER_REF: u8 = 1;

// Layouts (16 bytes each; null and boolean use 8):
//   null     +0 tag
//   boolean  +0 tag, +4 u8 0/1
//   number   +0 tag, +1 repr; INT: +8 i64; REF: +4 u32 text length, +8 u32 address of decimal text (JSON syntax)
//   string   +0 tag, +4 u32 byte length, +8 u32 address of UTF-8 bytes, +12 u32 cached hash (0 = not computed)
//   array    +0 tag, +4 u32 length, +8 u32 capacity, +12 u32 address of u32[capacity] element addresses
//   object   +0 tag, +4 u32 length, +8 u32 bucket count, +12 u32 address of u32[buckets] chain heads
//   set      same as object; entries carry no value
// Object/set entries: see table.ts.

/** The type tag of a value. */
@inline export function valueType(v: usize): u8 {
  return load<u8>(v);
}

/** A new null. */
export function makeNull(): usize {
  const v = malloc(8);
  store<u32>(v, TYPE_NULL);
  return v;
}

// The two booleans live in static data: values are never mutated, so every true is the same value.
const TRUE_VALUE = memory.data<u8>([TYPE_BOOLEAN, 0, 0, 0, 1, 0, 0, 0], 8);
const FALSE_VALUE = memory.data<u8>([TYPE_BOOLEAN, 0, 0, 0, 0, 0, 0, 0], 8);

/** The boolean value `b`. */
export function makeBoolean(b: bool): usize {
  return b ? TRUE_VALUE : FALSE_VALUE;
}

/** The truth of a boolean value. */
@inline export function booleanValue(v: usize): bool {
  return load<u8>(v, 4) != 0;
}

/** A new integer number. */
export function makeNumberInt(n: i64): usize {
  const v = malloc(16);
  store<u32>(v, TYPE_NUMBER | (<u32>NUMBER_INT << 8));
  store<i64>(v, n, 8);
  return v;
}

/** A new number referring to decimal text in JSON number syntax (the bytes are not copied). */
export function makeNumberRef(text: usize, len: u32): usize {
  const v = malloc(16);
  store<u32>(v, TYPE_NUMBER | (<u32>NUMBER_REF << 8));
  store<u32>(v, len, 4);
  store<u32>(v, <u32>text, 8);
  return v;
}

/** The representation of a number: NUMBER_INT or NUMBER_REF. */
@inline export function numberRepr(v: usize): u8 {
  return load<u8>(v, 1);
}

/** The i64 of an INT number (check numberRepr first). */
@inline export function numberIntValue(v: usize): i64 {
  return load<i64>(v, 8);
}

/** Text length of a REF number. */
@inline export function numberRefLength(v: usize): u32 {
  return load<u32>(v, 4);
}

/** Text address of a REF number. */
@inline export function numberRefText(v: usize): usize {
  return <usize>load<u32>(v, 8);
}

/** A new string value referring to `len` UTF-8 bytes at `bytes` (not copied: the bytes must stay unchanged). */
export function makeString(bytes: usize, len: u32): usize {
  const v = malloc(16);
  store<u32>(v, TYPE_STRING);
  store<u32>(v, len, 4);
  store<u32>(v, <u32>bytes, 8);
  store<u32>(v, 0, 12);
  return v;
}

/** A new string value holding a copy of `len` bytes at `bytes`. */
export function makeStringCopy(bytes: usize, len: u32): usize {
  const copy = malloc(len);
  memory.copy(copy, bytes, len);
  return makeString(copy, len);
}

/** A new string value from an ASCII AssemblyScript literal (for fixed names such as type names). */
export function makeStringLiteral(text: string): usize {
  const len = <u32>text.length;
  const bytes = malloc(len);
  for (let i: u32 = 0; i < len; i++) store<u8>(bytes + i, <u8>text.charCodeAt(i));
  return makeString(bytes, len);
}

/** Byte length of a string value. */
@inline export function stringLength(v: usize): u32 {
  return load<u32>(v, 4);
}

/** Address of the UTF-8 bytes of a string value. */
@inline export function stringBytes(v: usize): usize {
  return <usize>load<u32>(v, 8);
}

/** A new empty array with room for `cap` elements (it grows as needed). */
export function makeArray(cap: u32): usize {
  const v = malloc(16);
  if (cap < 4) cap = 4;
  store<u32>(v, TYPE_ARRAY);
  store<u32>(v, 0, 4);
  store<u32>(v, cap, 8);
  store<u32>(v, <u32>malloc(<usize>cap << 2), 12);
  return v;
}

/** A new array of the `n` u32 element addresses at `items`, header and elements in one block. */
export function makeArrayFrom(items: usize, n: u32): usize {
  const cap: u32 = n < 4 ? 4 : n;
  const v = malloc(16 + (<usize>cap << 2));
  store<u32>(v, TYPE_ARRAY);
  store<u32>(v, n, 4);
  store<u32>(v, cap, 8);
  store<u32>(v, <u32>(v + 16), 12);
  if (n > 0) memory.copy(v + 16, items, <usize>n << 2);
  return v;
}

/** Number of elements of an array. */
@inline export function arrayLength(v: usize): u32 {
  return load<u32>(v, 4);
}

/** Element `i` of an array (no bounds check; see arrayGetChecked). */
@inline export function arrayGet(v: usize, i: u32): usize {
  return <usize>load<u32>(<usize>load<u32>(v, 12) + (<usize>i << 2));
}

/** Element `i` of an array, or 0 when out of range. */
export function arrayGetChecked(v: usize, i: i64): usize {
  if (i < 0 || i >= <i64>arrayLength(v)) return 0;
  return arrayGet(v, <u32>i);
}

/** Overwrites element `i` (< length) of a fresh array. */
@inline export function arraySet(v: usize, i: u32, elem: usize): void {
  store<u32>(<usize>load<u32>(v, 12) + (<usize>i << 2), <u32>elem);
}

/** Appends an element to an array. */
export function arrayAppend(v: usize, elem: usize): void {
  const len = load<u32>(v, 4);
  const cap = load<u32>(v, 8);
  let elems = <usize>load<u32>(v, 12);
  if (len == cap) {
    const grown = cap * 2;
    const bigger = malloc(<usize>grown << 2);
    memory.copy(bigger, elems, <usize>len << 2);
    store<u32>(v, grown, 8);
    store<u32>(v, <u32>bigger, 12);
    elems = bigger;
  }
  store<u32>(elems + (<usize>len << 2), <u32>elem);
  store<u32>(v, len + 1, 4);
}

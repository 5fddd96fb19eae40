// Aggregate built-ins over collections: count (code points for strings), sum, product, max, min, sort, all, any.
// Arrays and sets are accepted (count also objects and strings); a non-number in sum/product gives undefined.

import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, arrayAppend, arrayGet, arrayLength,
  booleanValue, makeArray, makeBoolean, makeNumberInt, stringBytes, stringLength, valueType,
} from "./value";
import { entryKey, tableFirst, tableLength, tableNext } from "./table";
import { compareValues, sortAddresses } from "./compare";
import { numberAdd, numberMul } from "./number";
import { malloc, wordBytes } from "./alloc";
import { utf8SequenceLength } from "./json-parse";
import { typeError } from "./errors";

/** `count(x)`: elements of a collection, code points of a string. */
export function builtin_count(v: usize): usize {
  switch (valueType(v)) {
    case TYPE_ARRAY: return makeNumberInt(arrayLength(v));
    case TYPE_OBJECT:
    case TYPE_SET: return makeNumberInt(tableLength(v));
    case TYPE_STRING: {
      // Code points as Go counts runes: each valid UTF-8 sequence is one, and so is each invalid byte.
      let p = stringBytes(v);
      const end = p + stringLength(v);
      let count: i64 = 0;
      while (p < end) {
        const n = load<u8>(p) < 0x80 ? 1 : utf8SequenceLength(p, end);
        p += n == 0 ? 1 : n;
        count++;
      }
      return makeNumberInt(count);
    }
    default: return typeError("count", 1, "one of {array, object, set, string}", v);
  }
}

@inline function isIterable(v: usize): bool {
  const t = valueType(v);
  return t == TYPE_ARRAY || t == TYPE_SET;
}

// The elements of an array or set as a fresh u32 array of value addresses; its length is elementCount.
let elementCount: u32 = 0;
function elementsOf(v: usize): usize {
  if (valueType(v) == TYPE_ARRAY) {
    const n = arrayLength(v);
    const out = malloc(wordBytes(n));
    for (let i: u32 = 0; i < n; i++) store<u32>(out + (<usize>i << 2), <u32>arrayGet(v, i));
    elementCount = n;
    return out;
  }
  const n = tableLength(v);
  const out = malloc(wordBytes(n));
  let at = out;
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    store<u32>(at, <u32>entryKey(e));
    at += 4;
  }
  elementCount = n;
  return out;
}

function fold(v: usize, multiply: bool): usize {
  if (!isIterable(v)) return 0;
  const elems = elementsOf(v);
  const n = elementCount;
  let acc = makeNumberInt(multiply ? 1 : 0);
  for (let i: u32 = 0; i < n; i++) {
    const x = <usize>load<u32>(elems + (<usize>i << 2));
    if (valueType(x) != TYPE_NUMBER) return 0;
    acc = multiply ? numberMul(acc, x) : numberAdd(acc, x);
    if (acc == 0) return 0;
  }
  return acc;
}

/** `sum(coll)` of numbers (0 when empty). */
export function builtin_sum(v: usize): usize {
  return fold(v, false);
}

/** `product(coll)` of numbers (1 when empty). */
export function builtin_product(v: usize): usize {
  return fold(v, true);
}

function extreme(v: usize, wantMax: bool): usize {
  if (!isIterable(v)) return 0;
  const elems = elementsOf(v);
  const n = elementCount;
  if (n == 0) return 0;
  let best = <usize>load<u32>(elems);
  for (let i: u32 = 1; i < n; i++) {
    const x = <usize>load<u32>(elems + (<usize>i << 2));
    const c = compareValues(x, best);
    if (wantMax ? c > 0 : c < 0) best = x;
  }
  return best;
}

/** `max(coll)` in the total order; undefined when empty. */
export function builtin_max(v: usize): usize {
  return extreme(v, true);
}

/** `min(coll)` in the total order; undefined when empty. */
export function builtin_min(v: usize): usize {
  return extreme(v, false);
}

/** `sort(coll)`: an array in the total order. */
export function builtin_sort(v: usize): usize {
  if (!isIterable(v)) return 0;
  const elems = elementsOf(v);
  const n = elementCount;
  sortAddresses(elems, n, false);
  const out = makeArray(n);
  for (let i: u32 = 0; i < n; i++) arrayAppend(out, <usize>load<u32>(elems + (<usize>i << 2)));
  return out;
}

@inline function isTrue(x: usize): bool {
  return valueType(x) == TYPE_BOOLEAN && booleanValue(x);
}

/** `all(coll)`: every element is `true`. */
export function builtin_all(v: usize): usize {
  if (!isIterable(v)) return 0;
  const elems = elementsOf(v);
  const n = elementCount;
  for (let i: u32 = 0; i < n; i++) if (!isTrue(<usize>load<u32>(elems + (<usize>i << 2)))) return makeBoolean(false);
  return makeBoolean(true);
}

/** `any(coll)`: some element is `true`. */
export function builtin_any(v: usize): usize {
  if (!isIterable(v)) return 0;
  const elems = elementsOf(v);
  const n = elementCount;
  for (let i: u32 = 0; i < n; i++) if (isTrue(<usize>load<u32>(elems + (<usize>i << 2)))) return makeBoolean(true);
  return makeBoolean(false);
}

// The Rego total order and OPA's value hash. The order is null < booleans < numbers < strings < arrays <
// objects < sets; objects and sets compare by their sorted keys/elements. The hash is FNV-1 style over bytes,
// numbers hashed by the bytes of OPA's float64 conversion (so 1 and 1.0 collide); arrays hash their elements in
// order, objects and sets sum their entries' hashes (so insertion order does not matter). A string caches its hash
// in its value (+12, 0 = not yet computed): object keys and interned constants are hashed once, not per lookup.

import { malloc, wordBytes } from "./alloc";
import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, arrayGet, arrayLength, booleanValue,
  stringBytes, stringLength, valueType,
} from "./value";
import { compareNumbers, numberHashFloat } from "./number";
import { entryKey, entryValue, tableFirst, tableLength, tableNext } from "./table";

/** Rego total order: <0, 0, >0. Address 0 (undefined) sorts before every value. */
export function compareValues(a: usize, b: usize): i32 {
  if (a == b) return 0;
  if (a == 0) return -1;
  if (b == 0) return 1;
  const ta = valueType(a);
  const tb = valueType(b);
  if (ta != tb) return ta < tb ? -1 : 1;
  switch (ta) {
    case TYPE_BOOLEAN: {
      const x = booleanValue(a);
      const y = booleanValue(b);
      return x == y ? 0 : (x ? 1 : -1);
    }
    case TYPE_NUMBER: return compareNumbers(a, b);
    case TYPE_STRING: return compareBytes(stringBytes(a), stringLength(a), stringBytes(b), stringLength(b));
    case TYPE_ARRAY: return compareArrays(a, b);
    case TYPE_OBJECT: return compareTables(a, b, true);
    case TYPE_SET: return compareTables(a, b, false);
    default: return 0;
  }
}

/** Whether two values are equal in the Rego order. */
@inline export function valuesEqual(a: usize, b: usize): bool {
  return compareValues(a, b) == 0;
}

/** Bytewise compare, then by length. */
export function compareBytes(a: usize, an: u32, b: usize, bn: u32): i32 {
  const n = an < bn ? an : bn;
  let i: u32 = 0;
  // Equal prefixes (most of what lookups compare) are skipped eight bytes at a time.
  while (i + 8 <= n && load<u64>(a + i) == load<u64>(b + i)) i += 8;
  for (; i < n; i++) {
    const x = load<u8>(a + i);
    const y = load<u8>(b + i);
    if (x != y) return x < y ? -1 : 1;
  }
  return an == bn ? 0 : (an < bn ? -1 : 1);
}

function compareArrays(a: usize, b: usize): i32 {
  const an = arrayLength(a);
  const bn = arrayLength(b);
  const n = an < bn ? an : bn;
  for (let i: u32 = 0; i < n; i++) {
    const c = compareValues(arrayGet(a, i), arrayGet(b, i));
    if (c != 0) return c;
  }
  return an == bn ? 0 : (an < bn ? -1 : 1);
}

/** The entries of an object or set as a u32 array of entry addresses sorted by key. */
export function sortedEntries(t: usize): usize {
  const entries = malloc(wordBytes(tableLength(t)));
  let at = entries;
  for (let e = tableFirst(t); e != 0; e = tableNext(t, e)) {
    store<u32>(at, <u32>e);
    at += 4;
  }
  return entries;
}

// Tables iterate in key order, so two tables compare by walking both.
function compareTables(a: usize, b: usize, withValues: bool): i32 {
  const an = tableLength(a);
  const bn = tableLength(b);
  let x = tableFirst(a);
  let y = tableFirst(b);
  while (x != 0 && y != 0) {
    let c = compareValues(entryKey(x), entryKey(y));
    if (c != 0) return c;
    if (withValues) {
      c = compareValues(entryValue(x), entryValue(y));
      if (c != 0) return c;
    }
    x = tableNext(a, x);
    y = tableNext(b, y);
  }
  return an == bn ? 0 : (an < bn ? -1 : 1);
}

@inline function keyOf(p: usize, entries: bool): usize {
  return entries ? entryKey(p) : p;
}

/**
 * Sorts `n` u32 addresses in place by compareValues (stable merge sort). With `entries`, the addresses are table
 * entries compared by key; otherwise they are values.
 */
export function sortAddresses(base: usize, count: u32, entries: bool): void {
  const n = <usize>count;
  if (n < 2) return;
  const tmp = malloc(n << 2);
  for (let width: usize = 1; width < n; width *= 2) {
    for (let lo: usize = 0; lo < n; lo += 2 * width) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + 2 * width < n ? lo + 2 * width : n;
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const x = load<u32>(base + (i << 2));
        const y = load<u32>(base + (j << 2));
        if (compareValues(keyOf(y, entries), keyOf(x, entries)) < 0) { store<u32>(tmp + (k << 2), y); j++; }
        else { store<u32>(tmp + (k << 2), x); i++; }
        k++;
      }
      while (i < mid) { store<u32>(tmp + (k << 2), load<u32>(base + (i << 2))); k++; i++; }
      while (j < hi) { store<u32>(tmp + (k << 2), load<u32>(base + (j << 2))); k++; j++; }
    }
    memory.copy(base, tmp, n << 2);
  }
}

const FNV_INIT: u32 = 0x811c9dc5;
const FNV_PRIME: u32 = 0x01000193;

/** OPA's byte hash: multiply by the FNV prime, then xor the byte (32-bit). */
export function hashBytes(p: usize, n: u32): u32 {
  let h = FNV_INIT;
  for (let i: u32 = 0; i < n; i++) h = (h * FNV_PRIME) ^ load<u8>(p + i);
  return h;
}

/** The hash of a string's bytes as string values cache it: never 0, which marks "not computed". */
export function stringBytesHash(p: usize, n: u32): u32 {
  const h = hashBytes(p, n);
  return h == 0 ? 1 : h;
}

/** The hash of a string value, computed once and kept in the value. */
export function stringHash(v: usize): u32 {
  let h = load<u32>(v, 12);
  if (h == 0) {
    h = stringBytesHash(stringBytes(v), stringLength(v));
    store<u32>(v, h, 12);
  }
  return h;
}

/** Spreads a hash's bits before it is reduced to a power-of-two table size (FNV's low bits depend only on the low bits of each byte). */
@inline export function mixHash(hash: u32): u32 {
  let h = hash;
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  return h;
}

/** The value hash: equal values (in the Rego order) hash equally. */
export function hashValue(v: usize): u32 {
  switch (valueType(v)) {
    case TYPE_BOOLEAN: return booleanValue(v) ? 0 : 1;
    case TYPE_NUMBER: {
      const f = numberHashFloat(v);
      let bits = reinterpret<u64>(f);
      let h = FNV_INIT;
      for (let i = 0; i < 8; i++) {
        h = (h * FNV_PRIME) ^ <u32>(bits & 0xff);
        bits >>= 8;
      }
      return h;
    }
    case TYPE_STRING: return stringHash(v);
    case TYPE_ARRAY: {
      let h: u32 = FNV_INIT;
      const n = arrayLength(v);
      for (let i: u32 = 0; i < n; i++) h = (h * FNV_PRIME) ^ hashValue(arrayGet(v, i));
      return h;
    }
    case TYPE_OBJECT: {
      let h: u32 = 0;
      for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) h += hashValue(entryKey(e)) * FNV_PRIME + hashValue(entryValue(e));
      return h;
    }
    case TYPE_SET: {
      let h: u32 = 0;
      for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) h += hashValue(entryKey(e));
      return h;
    }
    default: return 0;
  }
}

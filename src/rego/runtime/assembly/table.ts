// Objects and sets: chained hash tables laid out as OPA's runtime lays them out, so iteration order (and
// therefore the JSON order of sets and object keys) is identical to OPA-built modules: 8 initial buckets,
// doubling before an insert that would pass a 0.7 load, bucket = hash % buckets, chains sorted by compare.

import { malloc, mallocZeroed } from "./alloc";
import { TYPE_OBJECT, TYPE_SET } from "./value";
import { compareValues, hashValue } from "./compare";

const INITIAL_BUCKETS: u32 = 8;

// Entry layout: +0 key (set: element), +4 value (set: 0), +8 next entry in the chain, +12 cached key hash.
const ENTRY_SIZE: usize = 16;

function makeTable(tag: u8, buckets: u32): usize {
  const v = malloc(16);
  store<u32>(v, tag);
  store<u32>(v, 0, 4);
  store<u32>(v, buckets, 8);
  store<u32>(v, <u32>mallocZeroed(<usize>buckets << 2), 12);
  return v;
}

/** A new empty object. */
export function makeObject(): usize {
  return makeTable(TYPE_OBJECT, INITIAL_BUCKETS);
}

/** A new empty set. */
export function makeSet(): usize {
  return makeTable(TYPE_SET, INITIAL_BUCKETS);
}

/** A new empty object or set (tag) with the given bucket count (shallow copies keep the bucket count). */
export function makeTableWithBuckets(tag: u8, buckets: u32): usize {
  return makeTable(tag, buckets);
}

/** Number of entries of an object or set. */
@inline export function tableLength(t: usize): u32 {
  return load<u32>(t, 4);
}

/** Bucket count of an object or set. */
@inline export function tableBuckets(t: usize): u32 {
  return load<u32>(t, 8);
}

@inline function bucketSlot(t: usize, index: u32): usize {
  return <usize>load<u32>(t, 12) + (<usize>index << 2);
}

/** Key (set: element) of a table entry. */
@inline export function entryKey(e: usize): usize {
  return <usize>load<u32>(e);
}

/** Value of an object entry. */
@inline export function entryValue(e: usize): usize {
  return <usize>load<u32>(e, 4);
}

/** Overwrites the value of an object entry. */
@inline export function entrySetValue(e: usize, value: usize): void {
  store<u32>(e, <u32>value, 4);
}

/** The entry holding `key`, or 0. */
export function tableFind(t: usize, key: usize): usize {
  return findHashed(t, key, hashValue(key));
}

function findHashed(t: usize, key: usize, hash: u32): usize {
  let e = <usize>load<u32>(bucketSlot(t, hash % load<u32>(t, 8)));
  while (e != 0) {
    const c = compareValues(entryKey(e), key);
    if (c == 0) return e;
    if (c > 0) return 0;
    e = <usize>load<u32>(e, 8);
  }
  return 0;
}

// Links an entry into its bucket chain, keeping the chain sorted by compare.
function linkSorted(t: usize, e: usize): void {
  let slot = bucketSlot(t, load<u32>(e, 12) % load<u32>(t, 8));
  const key = entryKey(e);
  let cur = <usize>load<u32>(slot);
  while (cur != 0 && compareValues(entryKey(cur), key) < 0) {
    slot = cur + 8;
    cur = <usize>load<u32>(slot);
  }
  store<u32>(e, <u32>cur, 8);
  store<u32>(slot, <u32>e);
}

function rehash(t: usize, buckets: u32): void {
  const oldCount = load<u32>(t, 8);
  const oldSlots = <usize>load<u32>(t, 12);
  store<u32>(t, buckets, 8);
  store<u32>(t, <u32>mallocZeroed(<usize>buckets << 2), 12);
  for (let i: u32 = 0; i < oldCount; i++) {
    let e = <usize>load<u32>(oldSlots + (<usize>i << 2));
    while (e != 0) {
      const next = <usize>load<u32>(e, 8);
      linkSorted(t, e);
      e = next;
    }
  }
}

/** Inserts key → value (sets: value 0); an existing key keeps its entry and gets the new value. Returns the entry. */
export function tableInsert(t: usize, key: usize, value: usize): usize {
  const hash = hashValue(key);
  const found = findHashed(t, key, hash);
  if (found != 0) {
    store<u32>(found, <u32>value, 4);
    return found;
  }
  const len = load<u32>(t, 4);
  const buckets = load<u32>(t, 8);
  // OPA grows when len+1 > buckets * 0.7, computed in integers.
  if ((<u64>(len + 1)) * 10 > (<u64>buckets) * 7) rehash(t, buckets * 2);
  const e = malloc(ENTRY_SIZE);
  store<u32>(e, <u32>key);
  store<u32>(e, <u32>value, 4);
  store<u32>(e, hash, 12);
  linkSorted(t, e);
  store<u32>(t, len + 1, 4);
  return e;
}

/** Removes a key; returns true if it was present. */
export function tableRemove(t: usize, key: usize): bool {
  let slot = bucketSlot(t, hashValue(key) % load<u32>(t, 8));
  let e = <usize>load<u32>(slot);
  while (e != 0) {
    const c = compareValues(entryKey(e), key);
    if (c == 0) {
      store<u32>(slot, load<u32>(e, 8));
      store<u32>(t, load<u32>(t, 4) - 1, 4);
      return true;
    }
    if (c > 0) return false;
    slot = e + 8;
    e = <usize>load<u32>(slot);
  }
  return false;
}

/** The object's value for `key`, or 0. */
export function objectGet(obj: usize, key: usize): usize {
  const e = tableFind(obj, key);
  return e == 0 ? 0 : entryValue(e);
}

/** obj[key] = value, overwriting. */
export function objectInsert(obj: usize, key: usize, value: usize): void {
  tableInsert(obj, key, value);
}

/** Adds an element to a set (no duplicates). */
export function setAdd(set: usize, elem: usize): void {
  tableInsert(set, elem, 0);
}

/** Whether a set holds an element equal to `elem`. */
export function setContains(set: usize, elem: usize): bool {
  return tableFind(set, elem) != 0;
}

function firstFromBucket(t: usize, index: u32): usize {
  const count = load<u32>(t, 8);
  for (let i = index; i < count; i++) {
    const e = <usize>load<u32>(bucketSlot(t, i));
    if (e != 0) return e;
  }
  return 0;
}

/** The first entry in iteration order (bucket by bucket, chains in order), or 0 if empty. */
export function tableFirst(t: usize): usize {
  return firstFromBucket(t, 0);
}

/** The entry after `e` in iteration order, or 0 at the end. */
export function tableNext(t: usize, e: usize): usize {
  const next = <usize>load<u32>(e, 8);
  if (next != 0) return next;
  return firstFromBucket(t, load<u32>(e, 12) % load<u32>(t, 8) + 1);
}

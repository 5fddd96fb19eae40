// Objects and sets: chained hash tables for O(1) membership plus an entry array that iterates in Rego's total
// order (sorted keys, as OPA's Go evaluator prints sets and objects). The array is sorted lazily, once, when
// iteration starts after unsorted inserts; a sorted prefix is remembered so append-mostly tables merge cheaply.

import { malloc, mallocZeroed } from "./alloc";
import { TYPE_OBJECT, TYPE_SET } from "./value";
import { compareValues, hashValue, mixHash, sortAddresses } from "./compare";

const INITIAL_BUCKETS: u32 = 8;
const INITIAL_ORDER_CAPACITY: u32 = 4;

// Table layout: +0 tag, +4 length, +8 bucket count, +12 bucket array, +16 entry array (u32 entry addresses, in
// iteration order once sorted), +20 entry array capacity, +24 length of the entry array's sorted prefix.
const TABLE_SIZE: usize = 32;

// Entry layout: +0 key (set: element), +4 value (set: 0), +8 next entry in the chain, +12 cached key hash,
// +16 index in the entry array.
const ENTRY_SIZE: usize = 24;

function makeTable(tag: u8, buckets: u32): usize {
  const v = malloc(TABLE_SIZE);
  store<u32>(v, tag);
  store<u32>(v, 0, 4);
  store<u32>(v, buckets, 8);
  store<u32>(v, <u32>mallocZeroed(<usize>buckets << 2), 12);
  store<u32>(v, <u32>malloc(<usize>INITIAL_ORDER_CAPACITY << 2), 16);
  store<u32>(v, INITIAL_ORDER_CAPACITY, 20);
  store<u32>(v, 0, 24);
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

/**
 * A new object (key/value u32 pairs at `items`) or set (u32 elements at `items`) of `n` members, in one
 * block: header, buckets, entry array and entries side by side, sized for `n` so nothing is regrown. Parsed
 * documents are built this way, which keeps an object's lookups within a few cache lines. A repeated key keeps
 * its first position and takes the last value.
 */
export function makeTableFrom(tag: u8, items: usize, n: u32): usize {
  const pairs = tag == TYPE_OBJECT;
  const stride: usize = pairs ? 8 : 4;
  let buckets = INITIAL_BUCKETS;
  while ((<u64>n) * 10 > (<u64>buckets) * 7) buckets *= 2;
  const capacity = n > INITIAL_ORDER_CAPACITY ? n : INITIAL_ORDER_CAPACITY;
  const bucketsAt = TABLE_SIZE;
  const orderAt = bucketsAt + (<usize>buckets << 2);
  const entriesAt = orderAt + (<usize>capacity << 2);
  const t = malloc(entriesAt + <usize>n * ENTRY_SIZE);
  memory.fill(t + bucketsAt, 0, <usize>buckets << 2);
  store<u32>(t, tag);
  store<u32>(t, 0, 4);
  store<u32>(t, buckets, 8);
  store<u32>(t, <u32>(t + bucketsAt), 12);
  store<u32>(t, <u32>(t + orderAt), 16);
  store<u32>(t, capacity, 20);
  store<u32>(t, 0, 24);
  let e = t + entriesAt;
  for (let i: u32 = 0; i < n; i++) {
    const at = items + <usize>i * stride;
    const key = <usize>load<u32>(at);
    const value = pairs ? <usize>load<u32>(at, 4) : 0;
    const hash = hashValue(key);
    const found = findHashed(t, key, hash);
    if (found != 0) {
      store<u32>(found, <u32>value, 4);
      continue;
    }
    addEntry(t, e, key, value, hash);
    e += ENTRY_SIZE;
  }
  return t;
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

@inline function orderBase(t: usize): usize {
  return <usize>load<u32>(t, 16);
}

@inline function orderAt(t: usize, index: u32): usize {
  return <usize>load<u32>(orderBase(t) + (<usize>index << 2));
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

// The bucket of a hash (mixed first: see mixHash).
@inline function bucketOf(t: usize, hash: u32): usize {
  return bucketSlot(t, mixHash(hash) % load<u32>(t, 8));
}

// Entries keep their key's hash, so a chain walk compares values only when the hashes agree.
@inline function holdsKey(e: usize, key: usize, hash: u32): bool {
  return load<u32>(e, 12) == hash && compareValues(entryKey(e), key) == 0;
}

function findHashed(t: usize, key: usize, hash: u32): usize {
  let e = <usize>load<u32>(bucketOf(t, hash));
  while (e != 0) {
    if (holdsKey(e, key, hash)) return e;
    e = <usize>load<u32>(e, 8);
  }
  return 0;
}

// Links an entry at the head of its bucket chain.
function link(t: usize, e: usize): void {
  const slot = bucketOf(t, load<u32>(e, 12));
  store<u32>(e, load<u32>(slot), 8);
  store<u32>(slot, <u32>e);
}

function rehash(t: usize, buckets: u32): void {
  const count = load<u32>(t, 4);
  store<u32>(t, buckets, 8);
  store<u32>(t, <u32>mallocZeroed(<usize>buckets << 2), 12);
  for (let i: u32 = 0; i < count; i++) link(t, orderAt(t, i));
}

// Appends an entry to the entry array, growing it by doubling; the sorted prefix extends when the new key is
// greater than the last one, so tables built in order never need sorting.
function appendToOrder(t: usize, e: usize): void {
  const len = load<u32>(t, 4);
  let cap = load<u32>(t, 20);
  if (len == cap) {
    cap *= 2;
    const grown = malloc(<usize>cap << 2);
    memory.copy(grown, orderBase(t), <usize>len << 2);
    store<u32>(t, <u32>grown, 16);
    store<u32>(t, cap, 20);
  }
  store<u32>(orderBase(t) + (<usize>len << 2), <u32>e);
  store<u32>(e, len, 16);
  const prefix = load<u32>(t, 24);
  if (prefix == len && (len == 0 || compareValues(entryKey(orderAt(t, len - 1)), entryKey(e)) < 0)) {
    store<u32>(t, len + 1, 24);
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
  const e = malloc(ENTRY_SIZE);
  addEntry(t, e, key, value, hash);
  // Grow past 0.7 entries per bucket, computed in integers.
  const buckets = load<u32>(t, 8);
  if ((<u64>load<u32>(t, 4)) * 10 > (<u64>buckets) * 7) rehash(t, buckets * 2);
  return e;
}

// Fills the fresh entry `e` with a key the table does not hold (its hash given) and links it in.
function addEntry(t: usize, e: usize, key: usize, value: usize, hash: u32): void {
  store<u32>(e, <u32>key);
  store<u32>(e, <u32>value, 4);
  store<u32>(e, hash, 12);
  appendToOrder(t, e);
  store<u32>(t, load<u32>(t, 4) + 1, 4);
  link(t, e);
}

// Drops the entry at `index` from the entry array, renumbering the entries after it.
function removeFromOrder(t: usize, index: u32): void {
  const len = load<u32>(t, 4);
  const base = orderBase(t);
  for (let i = index; i + 1 < len; i++) {
    const moved = <usize>load<u32>(base + (<usize>(i + 1) << 2));
    store<u32>(base + (<usize>i << 2), <u32>moved);
    store<u32>(moved, i, 16);
  }
  const prefix = load<u32>(t, 24);
  if (index < prefix) store<u32>(t, prefix - 1, 24);
}

/** Removes a key; returns true if it was present. */
export function tableRemove(t: usize, key: usize): bool {
  const hash = hashValue(key);
  let slot = bucketOf(t, hash);
  let e = <usize>load<u32>(slot);
  while (e != 0) {
    if (holdsKey(e, key, hash)) {
      store<u32>(slot, load<u32>(e, 8));
      removeFromOrder(t, load<u32>(e, 16));
      store<u32>(t, load<u32>(t, 4) - 1, 4);
      return true;
    }
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

// Sorts the entry array: the unsorted tail is merge-sorted, then merged with the sorted prefix, so the cost is
// O(n + m log m) for m entries added out of order since the last sort.
function ensureSorted(t: usize): void {
  const len = load<u32>(t, 4);
  const prefix = load<u32>(t, 24);
  if (prefix == len) return;
  const base = orderBase(t);
  sortAddresses(base + (<usize>prefix << 2), len - prefix, true);
  if (prefix > 0) mergeRuns(base, prefix, len);
  for (let i: u32 = 0; i < len; i++) store<u32>(orderAt(t, i), i, 16);
  store<u32>(t, len, 24);
}

// Merges the sorted runs [0, mid) and [mid, n) of a u32 entry array in place (through a scratch copy).
function mergeRuns(base: usize, mid: u32, n: u32): void {
  const tmp = malloc(<usize>n << 2);
  let i: u32 = 0, j = mid, k: u32 = 0;
  while (i < mid && j < n) {
    const x = <usize>load<u32>(base + (<usize>i << 2));
    const y = <usize>load<u32>(base + (<usize>j << 2));
    if (compareValues(entryKey(y), entryKey(x)) < 0) { store<u32>(tmp + (<usize>k << 2), <u32>y); j++; }
    else { store<u32>(tmp + (<usize>k << 2), <u32>x); i++; }
    k++;
  }
  while (i < mid) { store<u32>(tmp + (<usize>k << 2), load<u32>(base + (<usize>i << 2))); k++; i++; }
  while (j < n) { store<u32>(tmp + (<usize>k << 2), load<u32>(base + (<usize>j << 2))); k++; j++; }
  memory.copy(base, tmp, <usize>n << 2);
}

/** The first entry in iteration order (ascending keys), or 0 if empty. */
export function tableFirst(t: usize): usize {
  if (load<u32>(t, 4) == 0) return 0;
  ensureSorted(t);
  return orderAt(t, 0);
}

/** The entry at position `i` of the iteration order, or 0 past the end. */
export function tableEntryAt(t: usize, i: u32): usize {
  if (i >= load<u32>(t, 4)) return 0;
  ensureSorted(t);
  return orderAt(t, i);
}

/** The entry after `e` in iteration order, or 0 at the end. */
export function tableNext(t: usize, e: usize): usize {
  ensureSorted(t);
  const next = load<u32>(e, 16) + 1;
  return next < load<u32>(t, 4) ? orderAt(t, next) : 0;
}

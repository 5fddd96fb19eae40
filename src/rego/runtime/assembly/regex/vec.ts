// Growable i32 vectors in linear memory for the regex compiler (no managed arrays: the runtime's heap is a
// bump allocator, so a vector that outgrows its block moves to a new one and the old block is dropped with the heap).

import { malloc } from "../alloc";

/** A vector of i32: `data` points at `cap` slots, `len` are in use. */
@unmanaged export class IntVec {
  data: usize;
  len: i32;
  cap: i32;
}

/** A new empty vector with room for `cap` items. */
export function newIntVec(cap: i32): IntVec {
  const v = changetype<IntVec>(malloc(offsetof<IntVec>()));
  if (cap < 4) cap = 4;
  v.data = malloc(<usize>cap << 2);
  v.len = 0;
  v.cap = cap;
  return v;
}

/** Appends one item. */
export function vecPush(v: IntVec, x: i32): void {
  if (v.len == v.cap) {
    const cap = v.cap << 1;
    const data = malloc(<usize>cap << 2);
    memory.copy(data, v.data, <usize>v.len << 2);
    v.data = data;
    v.cap = cap;
  }
  store<i32>(v.data + (<usize>v.len << 2), x);
  v.len++;
}

/** Item `i` (unchecked). */
@inline export function vecGet(v: IntVec, i: i32): i32 {
  return load<i32>(v.data + (<usize>i << 2));
}

/** Overwrites item `i` (unchecked). */
@inline export function vecSet(v: IntVec, i: i32, x: i32): void {
  store<i32>(v.data + (<usize>i << 2), x);
}

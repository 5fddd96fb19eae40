// Set built-ins: and (&), or (|), union and intersection of a set of sets. Results are fresh sets built by
// insertion, so their order is OPA's hash order (OPA's wasm test: or({0,1},{0}) iterates [1,0]).

import { TYPE_SET, valueType } from "./value";
import { entryKey, makeSet, setAdd, setContains, tableFirst, tableNext } from "./table";

function addAll(into: usize, from: usize): void {
  for (let e = tableFirst(from); e != 0; e = tableNext(from, e)) setAdd(into, entryKey(e));
}

function intersect(a: usize, b: usize): usize {
  const result = makeSet();
  for (let e = tableFirst(a); e != 0; e = tableNext(a, e)) {
    if (setContains(b, entryKey(e))) setAdd(result, entryKey(e));
  }
  return result;
}

/** `a & b`: set intersection. */
export function builtin_and(a: usize, b: usize): usize {
  if (valueType(a) != TYPE_SET || valueType(b) != TYPE_SET) return 0;
  return intersect(a, b);
}

/** `a | b`: set union. */
export function builtin_or(a: usize, b: usize): usize {
  if (valueType(a) != TYPE_SET || valueType(b) != TYPE_SET) return 0;
  const result = makeSet();
  addAll(result, a);
  addAll(result, b);
  return result;
}

/** `union(sets)`: union of a set of sets. */
export function builtin_union(sets: usize): usize {
  if (valueType(sets) != TYPE_SET) return 0;
  const result = makeSet();
  for (let e = tableFirst(sets); e != 0; e = tableNext(sets, e)) {
    if (valueType(entryKey(e)) != TYPE_SET) return 0;
    addAll(result, entryKey(e));
  }
  return result;
}

/** `intersection(sets)`: intersection of a set of sets (empty for no sets). */
export function builtin_intersection(sets: usize): usize {
  if (valueType(sets) != TYPE_SET) return 0;
  let result: usize = 0;
  for (let e = tableFirst(sets); e != 0; e = tableNext(sets, e)) {
    const s = entryKey(e);
    if (valueType(s) != TYPE_SET) return 0;
    result = result == 0 ? intersect(s, s) : intersect(result, s);
  }
  return result == 0 ? makeSet() : result;
}

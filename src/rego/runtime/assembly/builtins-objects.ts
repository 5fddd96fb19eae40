// Object built-ins: object.get (key or path), object.keys, object.remove, object.filter, object.union,
// object.union_n and object.subset, with OPA's semantics (union merges nested objects, the right side wins).
// A wrong argument type makes the call undefined (0).

import { valueGet } from "./access";
import { valuesEqual } from "./compare";
import { elementsOf } from "./builtins-values";
import { elementTypeError, requireType, typeError } from "./errors";
import {
  entryKey, entryValue, makeObject, makeSet, objectGet, objectInsert, setAdd, setContains, tableFind, tableFirst, tableNext,
} from "./table";
import { arrayGet, arrayLength, makeBoolean, valueType, TYPE_ARRAY, TYPE_OBJECT, TYPE_SET } from "./value";

@inline function isObject(v: usize): bool {
  return valueType(v) == TYPE_OBJECT;
}

export function builtin_object__get(obj: usize, key: usize, fallback: usize): usize {
  if (!requireType("object.get", 1, obj, TYPE_OBJECT, "object")) return 0;
  if (valueType(key) != TYPE_ARRAY) {
    const found = objectGet(obj, key);
    return found != 0 ? found : fallback;
  }
  let current = obj;
  for (let i: u32 = 0; i < arrayLength(key); i++) {
    current = valueGet(current, arrayGet(key, i));
    if (current == 0) return fallback;
  }
  return current;
}

export function builtin_object__keys(obj: usize): usize {
  if (!requireType("object.keys", 1, obj, TYPE_OBJECT, "object")) return 0;
  const keys = makeSet();
  for (let e = tableFirst(obj); e != 0; e = tableNext(obj, e)) setAdd(keys, entryKey(e));
  return keys;
}

// The keys named by an object.remove/object.filter argument (the elements of an array or set, or the keys of
// an object) as a set; 0 for other types.
function keySet(keys: usize): usize {
  const t = valueType(keys);
  if (t == TYPE_SET) return keys;
  const set = makeSet();
  if (t == TYPE_OBJECT) {
    for (let e = tableFirst(keys); e != 0; e = tableNext(keys, e)) setAdd(set, entryKey(e));
    return set;
  }
  if (t != TYPE_ARRAY) return 0;
  for (let i: u32 = 0; i < arrayLength(keys); i++) setAdd(set, arrayGet(keys, i));
  return set;
}

// The entries of `obj` whose key is (keep) or is not (remove) in `keys`.
function selectKeys(name: string, obj: usize, keys: usize, keep: bool): usize {
  if (!requireType(name, 1, obj, TYPE_OBJECT, "object")) return 0;
  const set = keySet(keys);
  if (set == 0) return typeError(name, 2, "one of {object, set, array}", keys);
  const out = makeObject();
  for (let e = tableFirst(obj); e != 0; e = tableNext(obj, e)) {
    if (setContains(set, entryKey(e)) == keep) objectInsert(out, entryKey(e), entryValue(e));
  }
  return out;
}

export function builtin_object__remove(obj: usize, keys: usize): usize {
  return selectKeys("object.remove", obj, keys, false);
}

export function builtin_object__filter(obj: usize, keys: usize): usize {
  return selectKeys("object.filter", obj, keys, true);
}

// a merged with b: keys of both, nested objects merged recursively, b's value winning otherwise.
function unionObjects(a: usize, b: usize): usize {
  const out = makeObject();
  for (let e = tableFirst(a); e != 0; e = tableNext(a, e)) objectInsert(out, entryKey(e), entryValue(e));
  for (let e = tableFirst(b); e != 0; e = tableNext(b, e)) {
    const mine = objectGet(out, entryKey(e));
    const theirs = entryValue(e);
    const merge = mine != 0 && isObject(mine) && isObject(theirs);
    objectInsert(out, entryKey(e), merge ? unionObjects(mine, theirs) : theirs);
  }
  return out;
}

export function builtin_object__union(a: usize, b: usize): usize {
  if (!requireType("object.union", 1, a, TYPE_OBJECT, "object") || !requireType("object.union", 2, b, TYPE_OBJECT, "object")) return 0;
  return unionObjects(a, b);
}

export function builtin_object__union_n(objs: usize): usize {
  if (!requireType("object.union_n", 1, objs, TYPE_ARRAY, "array")) return 0;
  let out = makeObject();
  for (let i: u32 = 0; i < arrayLength(objs); i++) {
    const next = arrayGet(objs, i);
    if (!isObject(next)) return elementTypeError("object.union_n", 1, objs, "object", next);
    out = unionObjects(out, next);
  }
  return out;
}

// Whether `sub` occurs as a contiguous run of elements in `sup`.
function arrayContainsRun(sup: usize, sub: usize): bool {
  const n = arrayLength(sup);
  const m = arrayLength(sub);
  if (m > n) return false;
  for (let i: u32 = 0; i + m <= n; i++) {
    let j: u32 = 0;
    while (j < m && valuesEqual(arrayGet(sup, i + j), arrayGet(sub, j))) j++;
    if (j == m) return true;
  }
  return false;
}

// Whether every element of set `sub` occurs in the set or array `sup`.
function containsAll(sup: usize, sub: usize): bool {
  const supSet = valueType(sup) == TYPE_SET ? sup : keySet(elementsOf(sup));
  for (let e = tableFirst(sub); e != 0; e = tableNext(sub, e)) {
    if (tableFind(supSet, entryKey(e)) == 0) return false;
  }
  return true;
}

// object.subset's relation: 1 subset, 0 not, -1 when the operand types cannot be compared.
function subsetOf(sup: usize, sub: usize): i32 {
  const ts = valueType(sup);
  const tb = valueType(sub);
  if (ts == TYPE_OBJECT && tb == TYPE_OBJECT) {
    for (let e = tableFirst(sub); e != 0; e = tableNext(sub, e)) {
      const mine = objectGet(sup, entryKey(e));
      if (mine == 0) return 0;
      // Nested values of the same collection type are compared as subsets, anything else by equality.
      const theirs = entryValue(e);
      const sameKind = valueType(mine) == valueType(theirs) && valueType(mine) >= TYPE_ARRAY;
      if (sameKind ? subsetOf(mine, theirs) != 1 : !valuesEqual(mine, theirs)) return 0;
    }
    return 1;
  }
  if (tb == TYPE_SET && (ts == TYPE_SET || ts == TYPE_ARRAY)) return containsAll(sup, sub) ? 1 : 0;
  if (ts == TYPE_ARRAY && tb == TYPE_ARRAY) return arrayContainsRun(sup, sub) ? 1 : 0;
  return -1;
}

export function builtin_object__subset(sup: usize, sub: usize): usize {
  const result = subsetOf(sup, sub);
  if (result < 0) return 0;
  return makeBoolean(result == 1);
}

// Generic access to any value: get by key, iterate keys, length, shallow copy and deep merge — the operations
// the generated code uses for DotStmt, ScanStmt, LenStmt, WithStmt and ObjectMergeStmt.

import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, arrayAppend, arrayGet,
  arrayGetChecked, arrayLength, booleanValue, makeArray, makeBoolean, makeNumberInt, makeString, stringBytes,
  stringLength, valueType, numberRepr, NUMBER_INT, numberIntValue, makeNumberRef, numberRefText, numberRefLength,
} from "./value";
import {
  entryKey, entryValue, makeObject, makeTableWithBuckets, objectGet, objectInsert, tableBuckets, tableEntryAt, tableFind,
  tableFirst, tableInsert, tableLength, tableNext,
} from "./table";
import { numberI64Ok, numberToI64 } from "./number";

/** collection[key]: array index (integral number), object value, or the set element itself; 0 if absent. */
export function valueGet(coll: usize, key: usize): usize {
  switch (valueType(coll)) {
    case TYPE_ARRAY: {
      if (valueType(key) != TYPE_NUMBER) return 0;
      const i = numberToI64(key);
      return numberI64Ok ? arrayGetChecked(coll, i) : 0;
    }
    case TYPE_OBJECT: return objectGet(coll, key);
    case TYPE_SET: {
      const e = tableFind(coll, key);
      return e == 0 ? 0 : entryKey(e);
    }
    default: return 0;
  }
}

/**
 * Position `i` of a scan: with `key`, the key (array index number, object key, set element), else the value
 * (array element, object value, set element); 0 past the end or for scalars.
 */
export function scanAt(coll: usize, i: u32, key: bool): usize {
  const t = valueType(coll);
  if (t == TYPE_ARRAY) {
    if (i >= arrayLength(coll)) return 0;
    return key ? makeNumberInt(<i64>i) : arrayGet(coll, i);
  }
  if (t != TYPE_OBJECT && t != TYPE_SET) return 0;
  const e = tableEntryAt(coll, i);
  if (e == 0) return 0;
  return key || t == TYPE_SET ? entryKey(e) : entryValue(e);
}

/** The key after `prev` (0 = first): array index numbers, object keys, set elements; 0 when done. */
export function valueIter(coll: usize, prev: usize): usize {
  switch (valueType(coll)) {
    case TYPE_ARRAY: {
      let next: i64 = 0;
      if (prev != 0) {
        next = numberToI64(prev) + 1;
        if (!numberI64Ok) return 0;
      }
      return next < <i64>arrayLength(coll) ? makeNumberInt(next) : 0;
    }
    case TYPE_OBJECT:
    case TYPE_SET: {
      if (prev == 0) {
        const first = tableFirst(coll);
        return first == 0 ? 0 : entryKey(first);
      }
      const e = tableFind(coll, prev);
      if (e == 0) return 0;
      const next = tableNext(coll, e);
      return next == 0 ? 0 : entryKey(next);
    }
    default: return 0;
  }
}

/** Elements of a collection, bytes of a string, 0 otherwise. */
export function valueLength(v: usize): u32 {
  switch (valueType(v)) {
    case TYPE_ARRAY: return arrayLength(v);
    case TYPE_OBJECT:
    case TYPE_SET: return tableLength(v);
    case TYPE_STRING: return stringLength(v);
    default: return 0;
  }
}

/** A copy of the top level of a value, sharing its elements. */
export function shallowCopy(v: usize): usize {
  switch (valueType(v)) {
    case TYPE_NULL: return v;
    case TYPE_BOOLEAN: return makeBoolean(booleanValue(v));
    case TYPE_NUMBER:
      return numberRepr(v) == NUMBER_INT ? makeNumberInt(numberIntValue(v)) : makeNumberRef(numberRefText(v), numberRefLength(v));
    case TYPE_STRING: return makeString(stringBytes(v), stringLength(v));
    case TYPE_ARRAY: {
      const n = arrayLength(v);
      const copy = makeArray(n);
      for (let i: u32 = 0; i < n; i++) arrayAppend(copy, arrayGet(v, i));
      return copy;
    }
    case TYPE_OBJECT:
    case TYPE_SET: {
      const copy = makeTableWithBuckets(valueType(v), tableBuckets(v));
      for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) tableInsert(copy, entryKey(e), entryValue(e));
      return copy;
    }
    default: return 0;
  }
}

/** Deep merge of two objects (keys in both merge recursively); a non-object operand yields `a` (0 a: `b`). */
export function mergeValues(a: usize, b: usize): usize {
  if (a == 0) return b;
  if (b == 0 || valueType(a) != TYPE_OBJECT || valueType(b) != TYPE_OBJECT) return a;
  const result = makeObject();
  for (let e = tableFirst(a); e != 0; e = tableNext(a, e)) {
    const other = objectGet(b, entryKey(e));
    objectInsert(result, entryKey(e), other == 0 ? entryValue(e) : mergeValues(entryValue(e), other));
  }
  for (let e = tableFirst(b); e != 0; e = tableNext(b, e)) {
    if (tableFind(a, entryKey(e)) == 0) objectInsert(result, entryKey(e), entryValue(e));
  }
  return result;
}

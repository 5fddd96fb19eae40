// Comparison built-ins (== != < <= > >=) over the Rego total order, and `in` (internal.member_2/3), which tests
// array elements, set elements and object values.

import { TYPE_ARRAY, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, arrayGet, arrayLength, makeBoolean, valueType } from "./value";
import { compareValues } from "./compare";
import { entryValue, objectGet, setContains, tableFirst, tableNext } from "./table";
import { numberI64Ok, numberToI64 } from "./number";
import { arrayGetChecked } from "./value";

/** `a == b`. */
export function builtin_equal(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) == 0);
}

/** `a != b`. */
export function builtin_neq(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) != 0);
}

/** `a < b` in the total order. */
export function builtin_lt(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) < 0);
}

/** `a <= b` in the total order. */
export function builtin_lte(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) <= 0);
}

/** `a > b` in the total order. */
export function builtin_gt(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) > 0);
}

/** `a >= b` in the total order. */
export function builtin_gte(a: usize, b: usize): usize {
  return makeBoolean(compareValues(a, b) >= 0);
}

/** `x in coll`: array elements, set elements, object values; false for anything else. */
export function builtin_internal__member_2(x: usize, coll: usize): usize {
  switch (valueType(coll)) {
    case TYPE_ARRAY: {
      const n = arrayLength(coll);
      for (let i: u32 = 0; i < n; i++) if (compareValues(arrayGet(coll, i), x) == 0) return makeBoolean(true);
      return makeBoolean(false);
    }
    case TYPE_SET: return makeBoolean(setContains(coll, x));
    case TYPE_OBJECT: {
      for (let e = tableFirst(coll); e != 0; e = tableNext(coll, e)) {
        if (compareValues(entryValue(e), x) == 0) return makeBoolean(true);
      }
      return makeBoolean(false);
    }
    default: return makeBoolean(false);
  }
}

/** `k, v in coll`: coll[k] == v for arrays (k an index) and objects; for sets k and v are both the element. */
export function builtin_internal__member_3(k: usize, v: usize, coll: usize): usize {
  switch (valueType(coll)) {
    case TYPE_ARRAY: {
      if (valueType(k) != TYPE_NUMBER) return makeBoolean(false);
      const i = numberToI64(k);
      if (!numberI64Ok) return makeBoolean(false);
      const elem = arrayGetChecked(coll, i);
      return makeBoolean(elem != 0 && compareValues(elem, v) == 0);
    }
    case TYPE_OBJECT: {
      const value = objectGet(coll, k);
      return makeBoolean(value != 0 && compareValues(value, v) == 0);
    }
    case TYPE_SET: return makeBoolean(compareValues(k, v) == 0 && setContains(coll, k));
    default: return makeBoolean(false);
  }
}

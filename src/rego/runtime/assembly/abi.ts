// The module's exported runtime interface: OPA's Wasm ABI functions the SDK calls, and the runtime functions
// the code generator calls (src/rego/wasm/runtime-abi.ts RUNTIME_FUNCTIONS), as thin wrappers over the
// internal value API.

import { heapInit, heapPtrGet, heapPtrSet, malloc } from "./alloc";
import { memoForget } from "./eval-support";
import {
  TYPE_NUMBER, arrayAppend, makeArray, makeBoolean, makeNull, makeNumberInt, makeNumberRef, makeString,
  valueType, NUMBER_INT,
} from "./value";
import { makeObject, makeSet, objectInsert, setAdd } from "./table";
import { compareValues } from "./compare";
import { mergeValues, scanAt, shallowCopy, valueGet, valueIter, valueLength } from "./access";
import { parseJson, parseRegoValue } from "./json-parse";
import { dumpJson, dumpRego } from "./json-dump";

/** ABI: allocates `size` bytes; grows memory or aborts with "opa_malloc: failed". */
export function opa_malloc(size: usize): usize {
  return malloc(size);
}

/** ABI: no-op; blocks are reclaimed by opa_heap_ptr_set. */
export function opa_free(ptr: usize): void {}

/** ABI: no-op for the same reason. */
export function opa_value_free(v: usize): void {}

/** ABI: the current heap top. */
export function opa_heap_ptr_get(): usize {
  return heapPtrGet();
}

/** ABI: drops every allocation at or above `ptr`, and the memo stack that may live there. */
export function opa_heap_ptr_set(ptr: usize): void {
  heapPtrSet(ptr);
  memoForget();
}

/** ABI 1.3: no-op, freed blocks are never reused. */
export function opa_heap_blocks_stash(): void {}
/** ABI 1.3: no-op. */
export function opa_heap_blocks_restore(): void {}
/** ABI 1.3: no-op. */
export function opa_heap_stash_clear(): void {}

/** Called once by the generated start function with the end of all static data. */
export function opa_runtime_init(heapBase: usize): void {
  heapInit(heapBase);
  memoForget();
}

/** ABI: parses the first JSON value in [addr, addr+len); 0 if empty or malformed. */
export function opa_json_parse(addr: usize, len: u32): usize {
  return parseJson(addr, len);
}

/** ABI: like opa_json_parse, also accepting Rego set literals. */
export function opa_value_parse(addr: usize, len: u32): usize {
  return parseRegoValue(addr, len);
}

/** ABI: NUL-terminated JSON text of a value. */
export function opa_json_dump(v: usize): usize {
  return dumpJson(v);
}

/** ABI: NUL-terminated Rego literal text of a value. */
export function opa_value_dump(v: usize): usize {
  return dumpRego(v);
}

/** A new null. */
export function opa_null(): usize {
  return makeNull();
}

/** A new boolean (0/1). */
export function opa_boolean(b: i32): usize {
  return makeBoolean(b != 0);
}

/** A new integer number. */
export function opa_number_int(n: i64): usize {
  return makeNumberInt(n);
}

/** A new number from decimal text (not copied). */
export function opa_number_ref(text: usize, len: u32): usize {
  return makeNumberRef(text, len);
}

/** A new string referring to UTF-8 bytes (not copied). */
export function opa_string(bytes: usize, len: u32): usize {
  return makeString(bytes, len);
}

/** A new empty array with capacity. */
export function opa_array_with_cap(cap: u32): usize {
  return makeArray(cap);
}

/** A new empty object. */
export function opa_object(): usize {
  return makeObject();
}

/** A new empty set. */
export function opa_set(): usize {
  return makeSet();
}

/** The type tag (1 null … 7 set). */
export function opa_value_type(v: usize): i32 {
  return valueType(v);
}

/** collection[key] or 0. */
export function opa_value_get(coll: usize, key: usize): usize {
  return valueGet(coll, key);
}

/** The key after `prev` (0 = first), 0 when done. */
export function opa_value_iter(coll: usize, prev: usize): usize {
  return valueIter(coll, prev);
}

/** The value at position `i` of a scan (array element, object value, set element), 0 past the end. */
export function opa_scan_value(coll: usize, i: u32): usize {
  return scanAt(coll, i, false);
}

/** The key at position `i` of a scan (array index, object key, set element), 0 past the end. */
export function opa_scan_key(coll: usize, i: u32): usize {
  return scanAt(coll, i, true);
}

/** Elements of a collection, bytes of a string. */
export function opa_value_length(v: usize): u32 {
  return valueLength(v);
}

/** Rego total order. */
export function opa_value_compare(a: usize, b: usize): i32 {
  return compareValues(a, b);
}

/** Copy of the top level of a value. */
export function opa_value_shallow_copy(v: usize): usize {
  return shallowCopy(v);
}

/** Deep merge of two objects. */
export function opa_value_merge(a: usize, b: usize): usize {
  return mergeValues(a, b);
}

/** Overwrites a number in place with an integer (AssignIntStmt). */
export function opa_value_number_set_int(v: usize, n: i64): void {
  if (valueType(v) != TYPE_NUMBER) return;
  store<u8>(v, NUMBER_INT, 1);
  store<i64>(v, n, 8);
}

/** Appends to an array. */
export function opa_array_append(arr: usize, v: usize): void {
  arrayAppend(arr, v);
}

/** Adds to a set. */
export function opa_set_add(set: usize, v: usize): void {
  setAdd(set, v);
}

/** object[key] = value. */
export function opa_object_insert(obj: usize, key: usize, value: usize): void {
  objectInsert(obj, key, value);
}

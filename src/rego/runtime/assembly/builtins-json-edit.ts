// JSON document editing built-ins: json.filter and json.remove (keep or drop the subtrees named by JSON
// pointers "a/b/0" or path arrays) and json.patch (RFC 6902 add/remove/replace/move/copy/test, extended by OPA
// to sets and to path arrays). Every edit builds new values along the path; the inputs are never modified.

import { shallowCopy } from "./access";
import { bufByte, bufInt, bufNew, bufToString } from "./builtins-bytes";
import { elementsOf, isString } from "./builtins-values";
import { valuesEqual } from "./compare";
import {
  entryKey, entryValue, makeObject, makeSet, objectGet, objectInsert, setAdd, tableFind, tableFirst, tableNext,
  tableRemove,
} from "./table";
import {
  arrayAppend, arrayGet, arrayLength, arraySet, makeArray, makeNull, numberIntValue, numberRepr, stringBytes,
  stringLength, valueType, NUMBER_INT, TYPE_ARRAY, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET,
} from "./value";
import { numberI64Ok, numberToI64 } from "./number";
import { requireType, typeError } from "./errors";

// Splits a "/"-separated pointer (leading slashes dropped, ~1 → "/", ~0 → "~") into an array of string
// segments; an array path is used as it is; "" is the empty path. 0 for other types.
function parsePath(path: usize): usize {
  if (valueType(path) == TYPE_ARRAY) return path;
  if (!isString(path)) return 0;
  const p = stringBytes(path);
  const n = stringLength(path);
  const segments = makeArray(4);
  if (n == 0) return segments;
  let i: u32 = 0;
  while (i < n && load<u8>(p + i) == 47) i++;
  let segment = bufNew(16);
  for (; i <= n; i++) {
    if (i == n || load<u8>(p + i) == 47) {
      arrayAppend(segments, bufToString(segment));
      segment = bufNew(16);
      continue;
    }
    const c = <u32>load<u8>(p + i);
    const next: u32 = i + 1 < n ? load<u8>(p + i + 1) : 0;
    if (c == 126 && (next == 49 || next == 48)) {
      bufByte(segment, next == 49 ? 47 : 126);
      i++;
    } else {
      bufByte(segment, c);
    }
  }
  return segments;
}

// The paths of a json.filter/json.remove argument (set or array of pointers/path arrays) as a tree: an object
// mapping each segment to its subtree, with null marking a selected leaf (a shorter path wins). 0 if invalid.
function pathTree(paths: usize): usize {
  const list = elementsOf(paths);
  if (list == 0) return 0;
  const root = makeObject();
  for (let k: u32 = 0; k < arrayLength(list); k++) {
    const path = parsePath(arrayGet(list, k));
    if (path == 0) return 0;
    const n = arrayLength(path);
    if (n == 0) continue;
    let node = root;
    let covered = false;
    for (let i: u32 = 0; i + 1 < n; i++) {
      const child = objectGet(node, arrayGet(path, i));
      if (child == 0) {
        const fresh = makeObject();
        objectInsert(node, arrayGet(path, i), fresh);
        node = fresh;
      } else if (valueType(child) == TYPE_NULL) {
        covered = true;
        break;
      } else {
        node = child;
      }
    }
    if (!covered) objectInsert(node, arrayGet(path, n - 1), makeNull());
  }
  return root;
}

// The decimal string of an array index, the key json.filter/json.remove trees use for array elements.
function indexKey(i: u32): usize {
  const out = bufNew(10);
  bufInt(out, i);
  return bufToString(out);
}

// Keeps only the parts of `v` named by the tree `filter` (null = keep everything).
function filterValue(v: usize, filter: usize): usize {
  if (valueType(filter) == TYPE_NULL) return v;
  const t = valueType(v);
  if (t == TYPE_ARRAY) {
    const out = makeArray(4);
    for (let i: u32 = 0; i < arrayLength(v); i++) {
      const sub = objectGet(filter, indexKey(i));
      if (sub != 0) arrayAppend(out, filterValue(arrayGet(v, i), sub));
    }
    return out;
  }
  if (t == TYPE_SET) {
    const out = makeSet();
    for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
      const sub = objectGet(filter, entryKey(e));
      if (sub != 0) setAdd(out, filterValue(entryKey(e), sub));
    }
    return out;
  }
  if (t != TYPE_OBJECT) return v;
  const out = makeObject();
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    const sub = objectGet(filter, entryKey(e));
    if (sub != 0) objectInsert(out, entryKey(e), filterValue(entryValue(e), sub));
  }
  return out;
}

// Drops the parts of `v` named by the tree `tree` (null = drop `v` itself, giving 0).
function removeValue(v: usize, tree: usize): usize {
  if (tree == 0) return v;
  const tt = valueType(tree);
  if (tt == TYPE_NULL) return 0;
  if (tt != TYPE_OBJECT) return v;
  const t = valueType(v);
  if (t == TYPE_ARRAY) {
    const out = makeArray(arrayLength(v));
    for (let i: u32 = 0; i < arrayLength(v); i++) {
      const kept = removeValue(arrayGet(v, i), objectGet(tree, indexKey(i)));
      if (kept != 0) arrayAppend(out, kept);
    }
    return out;
  }
  if (t == TYPE_SET) {
    const out = makeSet();
    for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
      const kept = removeValue(entryKey(e), objectGet(tree, entryKey(e)));
      if (kept != 0) setAdd(out, kept);
    }
    return out;
  }
  if (t != TYPE_OBJECT) return v;
  const out = makeObject();
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    const kept = removeValue(entryValue(e), objectGet(tree, entryKey(e)));
    if (kept != 0) objectInsert(out, entryKey(e), kept);
  }
  return out;
}

export function builtin_json__filter(obj: usize, paths: usize): usize {
  if (valueType(obj) != TYPE_OBJECT) return 0;
  const tree = pathTree(paths);
  if (tree == 0) return 0;
  return filterValue(obj, tree);
}

export function builtin_json__remove(obj: usize, paths: usize): usize {
  if (!requireType("json.remove", 1, obj, TYPE_OBJECT, "object") || !pathOperandOk("json.remove", paths)) return 0;
  const tree = pathTree(paths);
  if (tree == 0) return 0;
  return removeValue(obj, tree);
}

// Whether a paths operand is a set or array of string paths or segment arrays; reports OPA's type error if not.
function pathOperandOk(name: string, paths: usize): bool {
  const t = valueType(paths);
  if (t != TYPE_SET && t != TYPE_ARRAY) return typeError(name, 2, "one of {set, array}", paths) != 0;
  const list = elementsOf(paths);
  for (let i: u32 = 0; i < arrayLength(list); i++) {
    const path = arrayGet(list, i);
    if (!isString(path) && valueType(path) != TYPE_ARRAY) {
      return typeError(name, 2, "one of {set, array} containing string paths or array of path segments", path) != 0;
    }
  }
  return true;
}

// An array position named by a path segment: a canonical decimal string ("0", "12", not "01" or "1e0") or an
// integral number; -1 if invalid. "-" (one past the end) is handled by the callers that accept it.
function segmentIndex(seg: usize): i64 {
  if (valueType(seg) == TYPE_NUMBER) {
    const i = numberRepr(seg) == NUMBER_INT ? numberIntValue(seg) : numberToI64(seg);
    return numberRepr(seg) == NUMBER_INT || numberI64Ok ? (i < 0 ? -1 : i) : -1;
  }
  if (!isString(seg)) return -1;
  const p = stringBytes(seg);
  const n = stringLength(seg);
  if (n == 0 || n > 18 || (n > 1 && load<u8>(p) == 48)) return -1;
  let v: i64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + <i64>(c - 48);
  }
  return v;
}

function isDash(seg: usize): bool {
  return isString(seg) && stringLength(seg) == 1 && load<u8>(stringBytes(seg)) == 45;
}

// The child of a collection named by a path segment, or 0.
function childAt(parent: usize, seg: usize): usize {
  const t = valueType(parent);
  if (t == TYPE_OBJECT) return objectGet(parent, seg);
  if (t == TYPE_SET) {
    const e = tableFind(parent, seg);
    return e == 0 ? 0 : entryKey(e);
  }
  if (t != TYPE_ARRAY) return 0;
  const i = segmentIndex(seg);
  return i < 0 || i >= <i64>arrayLength(parent) ? 0 : arrayGet(parent, <u32>i);
}

// A copy of `parent` whose child at `seg` (which exists) is replaced by `child`.
function withChild(parent: usize, seg: usize, child: usize): usize {
  const copy = shallowCopy(parent);
  const t = valueType(parent);
  if (t == TYPE_OBJECT) objectInsert(copy, seg, child);
  else if (t == TYPE_ARRAY) arraySet(copy, <u32>segmentIndex(seg), child);
  else {
    tableRemove(copy, seg);
    setAdd(copy, child);
  }
  return copy;
}

// A copy of `parent` with `value` added at `seg` (objects: set the key; arrays: insert before the index or
// append at "-"; sets: add, where the segment must equal the value); 0 if not possible.
function addChild(parent: usize, seg: usize, value: usize): usize {
  const t = valueType(parent);
  if (t == TYPE_OBJECT) {
    const copy = shallowCopy(parent);
    objectInsert(copy, seg, value);
    return copy;
  }
  if (t == TYPE_SET) {
    if (!valuesEqual(seg, value)) return 0;
    const copy = shallowCopy(parent);
    setAdd(copy, value);
    return copy;
  }
  if (t != TYPE_ARRAY) return 0;
  const n = arrayLength(parent);
  const at = isDash(seg) ? <i64>n : segmentIndex(seg);
  if (at < 0 || at > <i64>n) return 0;
  const out = makeArray(n + 1);
  for (let i: u32 = 0; i < n; i++) {
    if (<i64>i == at) arrayAppend(out, value);
    arrayAppend(out, arrayGet(parent, i));
  }
  if (at == <i64>n) arrayAppend(out, value);
  return out;
}

// A copy of `parent` without its child at `seg`; 0 if there is no such child.
function removeChild(parent: usize, seg: usize): usize {
  if (childAt(parent, seg) == 0) return 0;
  const t = valueType(parent);
  if (t != TYPE_ARRAY) {
    const copy = shallowCopy(parent);
    tableRemove(copy, seg);
    return copy;
  }
  const skip = <u32>segmentIndex(seg);
  const out = makeArray(arrayLength(parent));
  for (let i: u32 = 0; i < arrayLength(parent); i++) if (i != skip) arrayAppend(out, arrayGet(parent, i));
  return out;
}

// Applies an add (value != 0) or remove (value == 0) at path[from..] inside doc; 0 on failure.
function editAt(doc: usize, path: usize, from: u32, value: usize): usize {
  const n = arrayLength(path);
  if (from == n) return value;
  const seg = arrayGet(path, from);
  if (from + 1 == n) return value != 0 ? addChild(doc, seg, value) : removeChild(doc, seg);
  const child = childAt(doc, seg);
  if (child == 0) return 0;
  const edited = editAt(child, path, from + 1, value);
  return edited == 0 ? 0 : withChild(doc, seg, edited);
}

function valueAt(doc: usize, path: usize): usize {
  let v = doc;
  for (let i: u32 = 0; i < arrayLength(path) && v != 0; i++) v = childAt(v, arrayGet(path, i));
  return v;
}

// Whether an object key is the ASCII literal `name`.
function keyIs(key: usize, name: string): bool {
  if (!isString(key) || stringLength(key) != <u32>name.length) return false;
  for (let i = 0; i < name.length; i++) {
    if (<u32>load<u8>(stringBytes(key) + i) != <u32>name.charCodeAt(i)) return false;
  }
  return true;
}

// The value of the attribute `name` of a patch operation, or 0.
function attribute(op: usize, name: string): usize {
  for (let e = tableFirst(op); e != 0; e = tableNext(op, e)) {
    if (keyIs(entryKey(e), name)) return entryValue(e);
  }
  return 0;
}

// Applies one patch operation object to doc; 0 on failure.
function applyOperation(doc: usize, op: usize): usize {
  if (valueType(op) != TYPE_OBJECT) return 0;
  const kind = attribute(op, "op");
  const pathAttr = attribute(op, "path");
  if (kind == 0 || pathAttr == 0) return 0;
  const path = parsePath(pathAttr);
  if (path == 0) return 0;
  const value = attribute(op, "value");
  if (keyIs(kind, "add")) return value == 0 ? 0 : editAt(doc, path, 0, value);
  if (keyIs(kind, "remove")) return arrayLength(path) == 0 ? 0 : editAt(doc, path, 0, 0);
  if (keyIs(kind, "replace")) {
    if (value == 0 || arrayLength(path) == 0) return value;
    const removed = editAt(doc, path, 0, 0);
    return removed == 0 ? 0 : editAt(removed, path, 0, value);
  }
  if (keyIs(kind, "test")) return value != 0 && valuesEqual(valueAt(doc, path), value) ? doc : 0;
  const isMove = keyIs(kind, "move");
  if (!isMove && !keyIs(kind, "copy")) return 0;
  const fromAttr = attribute(op, "from");
  const fromPath = fromAttr == 0 ? 0 : parsePath(fromAttr);
  if (fromPath == 0) return 0;
  const chunk = valueAt(doc, fromPath);
  if (chunk == 0) return 0;
  let base = doc;
  if (isMove && arrayLength(fromPath) > 0) base = editAt(doc, fromPath, 0, 0);
  return base == 0 ? 0 : editAt(base, path, 0, chunk);
}

export function builtin_json__patch(doc: usize, ops: usize): usize {
  if (valueType(ops) != TYPE_ARRAY) return 0;
  let current = doc;
  for (let i: u32 = 0; i < arrayLength(ops) && current != 0; i++) current = applyOperation(current, arrayGet(ops, i));
  return current;
}

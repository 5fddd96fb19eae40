// Rendering values as text: JSON (sets as arrays; non-string object keys as their JSON text in a string) and
// Rego literal syntax (sets as `{…}`/`set()`, keys kept). Neither uses spaces, as OPA's writer does not. Output
// goes to a growable heap buffer and is NUL-terminated.

import { malloc } from "./alloc";
import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, NUMBER_INT, arrayGet,
  arrayLength, booleanValue, numberIntValue, numberRefLength, numberRefText, numberRepr, stringBytes, stringLength,
  valueType,
} from "./value";
import { entryKey, entryValue, tableFirst, tableLength, tableNext } from "./table";

// Writer state: buffer start, write position, capacity end.
let buf: usize = 0;
let at: usize = 0;
let cap: usize = 0;

/** Length in bytes (without the NUL) of the text returned by the last dumpJson / dumpRego call. */
export let dumpedLength: u32 = 0;

/** JSON text of a value, NUL-terminated. */
export function dumpJson(v: usize): usize {
  return dumpWith(v, false);
}

/** Rego literal text of a value, NUL-terminated. */
export function dumpRego(v: usize): usize {
  return dumpWith(v, true);
}

function dumpWith(v: usize, rego: bool): usize {
  const savedBuf = buf, savedAt = at, savedCap = cap;
  buf = malloc(256);
  at = buf;
  cap = buf + 256;
  writeValue(v, rego);
  ensure(1);
  store<u8>(at, 0);
  const result = buf;
  dumpedLength = <u32>(at - buf);
  buf = savedBuf;
  at = savedAt;
  cap = savedCap;
  return result;
}

function ensure(n: usize): void {
  if (at + n <= cap) return;
  const used = at - buf;
  let size = (cap - buf) * 2;
  if (size < used + n) size = used + n;
  const bigger = malloc(size);
  memory.copy(bigger, buf, used);
  buf = bigger;
  at = bigger + used;
  cap = bigger + size;
}

@inline function put(c: u8): void {
  ensure(1);
  store<u8>(at++, c);
}

function putLiteral(text: string): void {
  const n = <usize>text.length;
  ensure(n);
  for (let i: usize = 0; i < n; i++) store<u8>(at++, <u8>text.charCodeAt(<i32>i));
}

function putBytes(p: usize, n: usize): void {
  ensure(n);
  memory.copy(at, p, n);
  at += n;
}

function writeValue(v: usize, rego: bool): void {
  switch (valueType(v)) {
    case TYPE_NULL: putLiteral("null"); break;
    case TYPE_BOOLEAN: putLiteral(booleanValue(v) ? "true" : "false"); break;
    case TYPE_NUMBER: writeNumber(v); break;
    case TYPE_STRING: writeString(stringBytes(v), stringLength(v)); break;
    case TYPE_ARRAY: writeArray(v, rego); break;
    case TYPE_OBJECT: writeObject(v, rego); break;
    case TYPE_SET: writeSet(v, rego); break;
    default: putLiteral("null");
  }
}

function writeNumber(v: usize): void {
  if (numberRepr(v) != NUMBER_INT) {
    putBytes(numberRefText(v), numberRefLength(v));
    return;
  }
  const n = numberIntValue(v);
  ensure(20);
  let m: u64 = n < 0 ? <u64>(0 - n) : <u64>n;
  if (n < 0) store<u8>(at++, 45);
  let width: usize = 1;
  for (let t = m; t >= 10; t /= 10) width++;
  for (let i = width; i > 0; i--) {
    store<u8>(at + i - 1, <u8>(48 + m % 10));
    m /= 10;
  }
  at += width;
}

const HEX: string = "0123456789abcdef";

/** Writes bytes as a JSON string literal with OPA's escapes. */
function writeString(p: usize, n: u32): void {
  ensure(<usize>n + 2);
  store<u8>(at++, 34);
  let runStart = p;
  const stop = p + n;
  for (let q = p; q < stop; q++) {
    const c = load<u8>(q);
    if (c >= 32 && c != 34 && c != 92) continue;
    putBytes(runStart, q - runStart);
    runStart = q + 1;
    if (c == 34) putLiteral("\\\"");
    else if (c == 92) putLiteral("\\\\");
    else if (c == 10) putLiteral("\\n");
    else if (c == 13) putLiteral("\\r");
    else if (c == 9) putLiteral("\\t");
    else {
      putLiteral("\\u00");
      put(<u8>HEX.charCodeAt(c >> 4));
      put(<u8>HEX.charCodeAt(c & 15));
    }
  }
  putBytes(runStart, stop - runStart);
  put(34);
}

function writeArray(v: usize, rego: bool): void {
  put(91);
  const n = arrayLength(v);
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) put(44);
    writeValue(arrayGet(v, i), rego);
  }
  put(93);
}

function writeObject(v: usize, rego: bool): void {
  put(123);
  let first = true;
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    if (!first) put(44);
    first = false;
    const key = entryKey(e);
    if (rego || valueType(key) == TYPE_STRING) writeValue(key, rego);
    else {
      // JSON keys must be strings: a non-string key is written as the string of its JSON text.
      const text = dumpJson(key);
      writeString(text, dumpedLength);
    }
    put(58);
    writeValue(entryValue(e), rego);
  }
  put(125);
}

function writeSet(v: usize, rego: bool): void {
  if (rego && tableLength(v) == 0) {
    putLiteral("set()");
    return;
  }
  put(rego ? 123 : 91);
  let first = true;
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    if (!first) put(44);
    first = false;
    writeValue(entryKey(e), rego);
  }
  put(rego ? 125 : 93);
}

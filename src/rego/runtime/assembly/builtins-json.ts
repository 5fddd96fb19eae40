// JSON text built-ins: json.marshal and json.marshal_with_options write Go's encoding/json output (object keys
// and set elements sorted, HTML-safe escapes, optional prefix/indent pretty printing); json.unmarshal and
// json.is_valid accept exactly what Go's json.Valid accepts (one value, optional surrounding whitespace).

import { bufAscii, bufByte, bufBytes, bufInt, bufNew, bufStringValue, bufToString } from "./builtins-bytes";
import { decodeRune, runeWidth } from "./builtins-strings-unicode";
import { validJson } from "./builtins-json-syntax";
import { isString, sortArrayInPlace, sortedElementsOf } from "./builtins-values";
import { parseJson } from "./json-parse";
import { entryKey, entryValue, makeObject, objectGet, objectInsert, tableFirst, tableLength, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, booleanValue, makeArray, makeBoolean, makeStringLiteral, numberIntValue, numberRefLength, numberRefText,
  numberRepr, stringBytes, stringLength, valueType, NUMBER_INT, TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER,
  TYPE_OBJECT, TYPE_SET, TYPE_STRING,
} from "./value";

const HEX: usize = memory.data<u8>([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

// Pretty-printing settings of the current marshal call: prefix and indent strings (0 = compact output).
let prettyPrefix: usize = 0;
let prettyIndent: usize = 0;

function writeUnicodeEscape(out: usize, c: u32): void {
  bufAscii(out, "\\u");
  for (let shift: i32 = 12; shift >= 0; shift -= 4) bufByte(out, load<u8>(HEX + ((c >> shift) & 15)));
}

@inline function isPlainByte(c: u32): bool {
  return c >= 0x20 && c < 0x80 && c != 34 && c != 92 && c != 60 && c != 62 && c != 38;
}

// Writes bytes as a JSON string the way Go's encoder does with HTML escaping on.
function writeJsonString(out: usize, p: usize, n: u32): void {
  bufByte(out, 34);
  for (let i: u32 = 0; i < n;) {
    // Copy a run of ASCII bytes that need no escaping in one go.
    let run = i;
    while (run < n && isPlainByte(<u32>load<u8>(p + run))) run++;
    if (run > i) {
      bufBytes(out, p + i, run - i);
      i = run;
      continue;
    }
    const c = <u32>load<u8>(p + i);
    if (c >= 0x80) {
      const r = decodeRune(p + i, n - i);
      if (r == 0xfffd && runeWidth == 1) writeUnicodeEscape(out, 0xfffd);
      else if (r == 0x2028 || r == 0x2029) writeUnicodeEscape(out, r);
      else bufBytes(out, p + i, runeWidth);
      i += runeWidth;
      continue;
    }
    i++;
    if (c == 34 || c == 92) { bufByte(out, 92); bufByte(out, c); }
    else if (c == 10) bufAscii(out, "\\n");
    else if (c == 13) bufAscii(out, "\\r");
    else if (c == 9) bufAscii(out, "\\t");
    else if (c == 8) bufAscii(out, "\\b");
    else if (c == 12) bufAscii(out, "\\f");
    else if (c < 0x20 || c == 60 || c == 62 || c == 38) writeUnicodeEscape(out, c);
    else bufByte(out, c);
  }
  bufByte(out, 34);
}

// Starts a new line at nesting `depth` when pretty printing.
function newline(out: usize, depth: u32): void {
  if (prettyIndent == 0) return;
  bufByte(out, 10);
  bufStringValue(out, prettyPrefix);
  for (let i: u32 = 0; i < depth; i++) bufStringValue(out, prettyIndent);
}

function writeElements(out: usize, elems: usize, depth: u32): void {
  const n = arrayLength(elems);
  bufByte(out, 91);
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) bufByte(out, 44);
    newline(out, depth + 1);
    writeJsonValue(out, arrayGet(elems, i), depth + 1);
  }
  if (n > 0) newline(out, depth);
  bufByte(out, 93);
}

// The key of an object as Go's encoder sees it: a string key itself, any other key as its JSON text (OPA
// converts keys to strings before marshalling).
function keyText(key: usize): usize {
  if (isString(key)) return key;
  const savedIndent = prettyIndent;
  prettyIndent = 0;
  const text = bufNew(16);
  writeJsonValue(text, key, 0);
  prettyIndent = savedIndent;
  return bufToString(text);
}

// Go's encoder sorts the (string) keys bytewise; a string sort of the key texts gives the same order.
function writeObject(out: usize, obj: usize, depth: u32): void {
  const n = tableLength(obj);
  const byText = makeObject();
  const texts = makeArray(n);
  for (let e = tableFirst(obj); e != 0; e = tableNext(obj, e)) {
    const text = keyText(entryKey(e));
    if (objectGet(byText, text) == 0) arrayAppend(texts, text);
    objectInsert(byText, text, entryValue(e));
  }
  sortArrayInPlace(texts);
  bufByte(out, 123);
  for (let i: u32 = 0; i < arrayLength(texts); i++) {
    const text = arrayGet(texts, i);
    if (i > 0) bufByte(out, 44);
    newline(out, depth + 1);
    writeJsonString(out, stringBytes(text), stringLength(text));
    bufByte(out, 58);
    if (prettyIndent != 0) bufByte(out, 32);
    writeJsonValue(out, objectGet(byText, text), depth + 1);
  }
  if (n > 0) newline(out, depth);
  bufByte(out, 125);
}

/** Appends the Go-style JSON text of a value. */
function writeJsonValue(out: usize, v: usize, depth: u32): void {
  switch (valueType(v)) {
    case TYPE_NULL: bufAscii(out, "null"); break;
    case TYPE_BOOLEAN: bufAscii(out, booleanValue(v) ? "true" : "false"); break;
    case TYPE_NUMBER:
      if (numberRepr(v) == NUMBER_INT) bufInt(out, numberIntValue(v));
      else bufBytes(out, numberRefText(v), numberRefLength(v));
      break;
    case TYPE_STRING: writeJsonString(out, stringBytes(v), stringLength(v)); break;
    case TYPE_ARRAY: writeElements(out, v, depth); break;
    case TYPE_SET: writeElements(out, sortedElementsOf(v), depth); break;
    case TYPE_OBJECT: writeObject(out, v, depth); break;
    default: break;
  }
}

function marshal(v: usize, prefix: usize, indent: usize): usize {
  prettyPrefix = prefix;
  prettyIndent = indent;
  const out = bufNew(64);
  // OPA puts the prefix before the first line too (Go's MarshalIndent does not).
  if (indent != 0) bufStringValue(out, prefix);
  writeJsonValue(out, v, 0);
  prettyIndent = 0;
  return bufToString(out);
}

export function builtin_json__marshal(v: usize): usize {
  return marshal(v, 0, 0);
}

// Whether a string value equals an ASCII literal.
function isKey(key: usize, name: string): bool {
  if (!isString(key) || stringLength(key) != <u32>name.length) return false;
  for (let i = 0; i < name.length; i++) {
    if (<u32>load<u8>(stringBytes(key) + i) != <u32>name.charCodeAt(i)) return false;
  }
  return true;
}

export function builtin_json__marshal_with_options(v: usize, opts: usize): usize {
  if (valueType(opts) != TYPE_OBJECT) return 0;
  let prefix = makeStringLiteral("");
  let indent = makeStringLiteral("\t");
  let implicitPretty = false;
  let explicitPretty = -1;
  for (let e = tableFirst(opts); e != 0; e = tableNext(opts, e)) {
    const key = entryKey(e);
    const value = entryValue(e);
    if (isKey(key, "pretty")) {
      if (valueType(value) != TYPE_BOOLEAN) return 0;
      explicitPretty = booleanValue(value) ? 1 : 0;
    } else if (isKey(key, "prefix") || isKey(key, "indent")) {
      if (!isString(value)) return 0;
      if (isKey(key, "prefix")) prefix = value;
      else indent = value;
      implicitPretty = true;
    } else {
      return 0;
    }
  }
  const pretty = explicitPretty >= 0 ? explicitPretty == 1 : implicitPretty;
  return pretty ? marshal(v, prefix, indent) : marshal(v, 0, 0);
}

export function builtin_json__is_valid(s: usize): usize {
  return makeBoolean(isString(s) && validJson(stringBytes(s), stringLength(s)));
}

export function builtin_json__unmarshal(s: usize): usize {
  if (!isString(s) || !validJson(stringBytes(s), stringLength(s))) return 0;
  return parseJson(stringBytes(s), stringLength(s));
}

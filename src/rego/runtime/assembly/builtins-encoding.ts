// Encoding built-ins: base64 (standard and URL alphabets), hex and URL query encoding, following Go's
// encoding/base64, encoding/hex and net/url as OPA uses them. Bad input (or a wrong argument type) makes the
// call undefined (0).

import { malloc } from "./alloc";
import { bufByte, bufBytes, bufData, bufLength, bufNew, bufToString } from "./builtins-bytes";
import { isString, sortArrayInPlace } from "./builtins-values";
import { builtinError, builtinErrorString, strictBuiltinErrors } from "./errors";
import { entryKey, makeObject, objectGet, objectInsert, tableFirst, tableLength, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, makeArray, makeBoolean, makeString, stringBytes, stringLength, valueType,
  TYPE_ARRAY, TYPE_OBJECT, TYPE_SET, TYPE_STRING,
} from "./value";

const STD_ALPHABET: usize = memory.data<u8>([
  65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
  119, 120, 121, 122, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 43, 47,
]);
const HEX_DIGITS: usize = memory.data<u8>([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);
const HEX_UPPER: usize = memory.data<u8>([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 65, 66, 67, 68, 69, 70]);

// The alphabet character for a 6-bit group; the URL alphabet swaps '+' '/' for '-' '_'.
function base64Char(group: u32, url: bool): u32 {
  if (url && group == 62) return 45;
  if (url && group == 63) return 95;
  return <u32>load<u8>(STD_ALPHABET + group);
}

// The 6-bit group of an alphabet character, or -1.
function base64Group(c: u32, url: bool): i32 {
  if (c >= 65 && c <= 90) return <i32>(c - 65);
  if (c >= 97 && c <= 122) return <i32>(c - 71);
  if (c >= 48 && c <= 57) return <i32>(c + 4);
  if (url) return c == 45 ? 62 : (c == 95 ? 63 : -1);
  return c == 43 ? 62 : (c == 47 ? 63 : -1);
}

/** Base64 text of `n` bytes, padded with '=' unless `pad` is false. */
function base64Encode(src: usize, n: u32, url: bool, pad: bool): usize {
  const out = malloc((<usize>n / 3 + 1) * 4);
  let o = out;
  let i: u32 = 0;
  for (; i + 3 <= n; i += 3) {
    const w = (<u32>load<u8>(src + i) << 16) | (<u32>load<u8>(src + i + 1) << 8) | <u32>load<u8>(src + i + 2);
    store<u8>(o, <u8>base64Char(w >> 18, url));
    store<u8>(o, <u8>base64Char((w >> 12) & 63, url), 1);
    store<u8>(o, <u8>base64Char((w >> 6) & 63, url), 2);
    store<u8>(o, <u8>base64Char(w & 63, url), 3);
    o += 4;
  }
  const rest = n - i;
  if (rest > 0) {
    let w = <u32>load<u8>(src + i) << 16;
    if (rest == 2) w |= <u32>load<u8>(src + i + 1) << 8;
    store<u8>(o++, <u8>base64Char(w >> 18, url));
    store<u8>(o++, <u8>base64Char((w >> 12) & 63, url));
    if (rest == 2) store<u8>(o++, <u8>base64Char((w >> 6) & 63, url));
    if (pad) {
      if (rest == 1) store<u8>(o++, 61);
      store<u8>(o++, 61);
    }
  }
  return makeString(out, <u32>(o - out));
}

/** Decodes padded base64 as Go's (non-strict) decoder does: CR and LF are skipped; 0 when malformed. */
function base64Decode(src: usize, n: u32, url: bool): usize {
  // Gather the significant characters first so padding can be checked against the true length.
  const chars = malloc(max<u32>(n, 1));
  let count: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(src + i);
    if (c != 10 && c != 13) store<u8>(chars + count++, c);
  }
  if (count % 4 != 0) return 0;
  let padding: u32 = 0;
  while (padding < count && padding < 3 && load<u8>(chars + count - 1 - padding) == 61) padding++;
  if (padding > 2) return 0;
  const out = bufNew(count / 4 * 3);
  for (let q: u32 = 0; q < count; q += 4) {
    const last = q + 4 == count;
    const data: u32 = last ? 4 - padding : 4;
    let w: u32 = 0;
    for (let k: u32 = 0; k < 4; k++) {
      let g: i32 = 0;
      if (k < data) {
        g = base64Group(<u32>load<u8>(chars + q + k), url);
        if (g < 0) return 0;
      }
      w = (w << 6) | <u32>g;
    }
    bufByte(out, w >> 16);
    if (data >= 3) bufByte(out, (w >> 8) & 0xff);
    if (data == 4) bufByte(out, w & 0xff);
  }
  return bufToString(out);
}

// Unpadded base64url input gets the padding RFC 7515 appendix C describes, as OPA's base64url.decode does.
function base64UrlDecode(src: usize, n: u32): usize {
  if (n > 0 && load<u8>(src + n - 1) == 61) return base64Decode(src, n, true);
  const missing: u32 = (4 - n % 4) % 4;
  if (missing == 3) return 0;
  const padded = bufNew(n + missing);
  bufBytes(padded, src, n);
  for (let i: u32 = 0; i < missing; i++) bufByte(padded, 61);
  return base64Decode(bufData(padded), bufLength(padded), true);
}

export function builtin_base64__encode(s: usize): usize {
  if (!isString(s)) return 0;
  return base64Encode(stringBytes(s), stringLength(s), false, true);
}

export function builtin_base64__decode(s: usize): usize {
  if (!isString(s)) return 0;
  return base64Decode(stringBytes(s), stringLength(s), false);
}

export function builtin_base64__is_valid(s: usize): usize {
  if (!isString(s)) return 0;
  return makeBoolean(base64Decode(stringBytes(s), stringLength(s), false) != 0);
}

export function builtin_base64url__encode(s: usize): usize {
  if (!isString(s)) return 0;
  return base64Encode(stringBytes(s), stringLength(s), true, true);
}

export function builtin_base64url__encode_no_pad(s: usize): usize {
  if (!isString(s)) return 0;
  return base64Encode(stringBytes(s), stringLength(s), true, false);
}

export function builtin_base64url__decode(s: usize): usize {
  if (!isString(s)) return 0;
  return base64UrlDecode(stringBytes(s), stringLength(s));
}

export function builtin_hex__encode(s: usize): usize {
  if (!isString(s)) return 0;
  const n = stringLength(s);
  const src = stringBytes(s);
  const out = malloc(<usize>n * 2 + 1);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(src + i);
    store<u8>(out + 2 * i, load<u8>(HEX_DIGITS + (c >> 4)));
    store<u8>(out + 2 * i + 1, load<u8>(HEX_DIGITS + (c & 15)));
  }
  return makeString(out, n * 2);
}

/** Value of a hex digit, or -1. */
function hexValue(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>(c - 48);
  if (c >= 97 && c <= 102) return <i32>(c - 87);
  if (c >= 65 && c <= 70) return <i32>(c - 55);
  return -1;
}

export function builtin_hex__decode(s: usize): usize {
  if (!isString(s)) return 0;
  const n = stringLength(s);
  const src = stringBytes(s);
  const out = malloc(<usize>n / 2 + 1);
  // Go checks the pairs first, then a trailing odd byte, then the length: the first bad byte is the error.
  for (let i: u32 = 0; i + 1 < n; i += 2) {
    const hi = hexValue(load<u8>(src + i));
    if (hi < 0) return invalidHexByte(load<u8>(src + i));
    const lo = hexValue(load<u8>(src + i + 1));
    if (lo < 0) return invalidHexByte(load<u8>(src + i + 1));
    store<u8>(out + i / 2, <u8>((hi << 4) | lo));
  }
  if (n % 2 != 0) {
    if (hexValue(load<u8>(src + n - 1)) < 0) return invalidHexByte(load<u8>(src + n - 1));
    return builtinError("hex.decode", "encoding/hex: odd length hex string");
  }
  return makeString(out, n / 2);
}

// Go's InvalidByteError text for byte b: "U+0067 'g'" (%#U; the quoted character only when printable ASCII).
function invalidHexByte(b: u8): usize {
  if (!strictBuiltinErrors()) return 0;
  const text = malloc(10);
  const digits = "0123456789ABCDEF";
  store<u8>(text, 85);
  store<u8>(text + 1, 43);
  store<u8>(text + 2, 48);
  store<u8>(text + 3, 48);
  store<u8>(text + 4, <u8>digits.charCodeAt(b >> 4));
  store<u8>(text + 5, <u8>digits.charCodeAt(b & 15));
  let len: u32 = 6;
  if (b >= 32 && b < 127) {
    store<u8>(text + 6, 32);
    store<u8>(text + 7, 39);
    store<u8>(text + 8, b);
    store<u8>(text + 9, 39);
    len = 10;
  }
  return builtinErrorString("hex.decode", "encoding/hex: invalid byte: ", makeString(text, len));
}

// Go's url.QueryEscape: unreserved bytes stay, space becomes '+', everything else %XX.
function queryEscapeInto(out: usize, src: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(src + i);
    const unreserved = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
      c == 45 || c == 95 || c == 46 || c == 126;
    if (unreserved) {
      bufByte(out, c);
    } else if (c == 32) {
      bufByte(out, 43);
    } else {
      bufByte(out, 37);
      bufByte(out, load<u8>(HEX_UPPER + (c >> 4)));
      bufByte(out, load<u8>(HEX_UPPER + (c & 15)));
    }
  }
}

/** Go's url.QueryUnescape of `n` bytes as a new string value, or 0 for a malformed % escape. */
function queryUnescape(src: usize, n: u32, plusIsSpace: bool): usize {
  const out = bufNew(n);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(src + i);
    if (c == 37) {
      if (i + 2 >= n) return 0;
      const hi = hexValue(load<u8>(src + i + 1));
      const lo = hexValue(load<u8>(src + i + 2));
      if (hi < 0 || lo < 0) return 0;
      bufByte(out, <u32>((hi << 4) | lo));
      i += 2;
    } else if (c == 43 && plusIsSpace) {
      bufByte(out, 32);
    } else {
      bufByte(out, c);
    }
  }
  return bufToString(out);
}

export function builtin_urlquery__encode(s: usize): usize {
  if (!isString(s)) return 0;
  const out = bufNew(stringLength(s));
  queryEscapeInto(out, stringBytes(s), stringLength(s));
  return bufToString(out);
}

export function builtin_urlquery__decode(s: usize): usize {
  if (!isString(s)) return 0;
  return queryUnescape(stringBytes(s), stringLength(s), true);
}

// Appends "key=value" (both escaped), preceded by '&' unless it is the first pair.
function appendPair(out: usize, key: usize, value: usize): void {
  if (bufLength(out) > 0) bufByte(out, 38);
  queryEscapeInto(out, stringBytes(key), stringLength(key));
  bufByte(out, 61);
  queryEscapeInto(out, stringBytes(value), stringLength(value));
}

// The string values of a query parameter (a string, or an array or set of strings) as an array; 0 if invalid.
function parameterValues(v: usize): usize {
  const t = valueType(v);
  if (t == TYPE_STRING) {
    const one = makeArray(1);
    arrayAppend(one, v);
    return one;
  }
  if (t == TYPE_ARRAY) {
    for (let i: u32 = 0; i < arrayLength(v); i++) if (!isString(arrayGet(v, i))) return 0;
    return v;
  }
  if (t != TYPE_SET) return 0;
  const all = makeArray(tableLength(v));
  for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
    if (!isString(entryKey(e))) return 0;
    arrayAppend(all, entryKey(e));
  }
  sortArrayInPlace(all);
  return all;
}

export function builtin_urlquery__encode_object(obj: usize): usize {
  if (valueType(obj) != TYPE_OBJECT) return 0;
  // Go's url.Values.Encode orders parameters by key.
  const keys = makeArray(tableLength(obj));
  for (let e = tableFirst(obj); e != 0; e = tableNext(obj, e)) {
    if (!isString(entryKey(e))) return 0;
    arrayAppend(keys, entryKey(e));
  }
  sortArrayInPlace(keys);
  const out = bufNew(64);
  for (let i: u32 = 0; i < arrayLength(keys); i++) {
    const key = arrayGet(keys, i);
    const values = parameterValues(objectGet(obj, key));
    if (values == 0) return 0;
    for (let j: u32 = 0; j < arrayLength(values); j++) appendPair(out, key, arrayGet(values, j));
  }
  return bufToString(out);
}

// Adds one "k=v" (or "k") segment of a query to the result object; false when it cannot be parsed.
function decodeSegment(result: usize, seg: usize, n: u32): bool {
  let eq: u32 = n;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(seg + i);
    if (c == 59) return false; // Go rejects ';' separators
    if (c == 61 && eq == n) eq = i;
  }
  const key = queryUnescape(seg, eq, true);
  const value = eq < n ? queryUnescape(seg + eq + 1, n - eq - 1, true) : makeString(seg, 0);
  if (key == 0 || value == 0) return false;
  let values = objectGet(result, key);
  if (values == 0) {
    values = makeArray(1);
    objectInsert(result, key, values);
  }
  arrayAppend(values, value);
  return true;
}

export function builtin_urlquery__decode_object(s: usize): usize {
  if (!isString(s)) return 0;
  const src = stringBytes(s);
  const n = stringLength(s);
  const result = makeObject();
  let start: u32 = 0;
  for (let i: u32 = 0; i <= n; i++) {
    if (i < n && load<u8>(src + i) != 38) continue;
    if (i > start && !decodeSegment(result, src + start, i - start)) return 0;
    start = i + 1;
  }
  return result;
}

// String built-ins on UTF-8 byte strings, with Go's semantics as OPA uses them: positions and lengths count
// runes (code points), cutsets are sets of runes, replacement follows strings.Replacer. A wrong argument type
// or bad argument (empty search string, negative offset) makes the call undefined (0).

import { malloc, mallocZeroed } from "./alloc";
import { bufBytes, bufNew, bufStringValue, bufToString, bytesEqual, bytesIndexOf } from "./builtins-bytes";
import {
  decodeRune, isSpaceRune, lastRuneWidth, runeCount, runeOffset, runeWidth, toLowerRune, toUpperRune,
} from "./builtins-strings-unicode";
import {
  allStrings, elementsOf, intOperand, intOperandOk, isString, sortedElementsOf, stringHasAt, substringBytes,
} from "./builtins-values";
import { sortAddresses } from "./compare";
import { builtinError, elementTypeError, requireInteger, requireType, typeError, typeErrorMessage } from "./errors";
import { entryKey, entryValue, objectGet, tableFirst, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, makeArray, makeBoolean, makeNumberInt, makeString, stringBytes, stringLength,
  valueType, TYPE_ARRAY, TYPE_OBJECT, TYPE_SET, TYPE_STRING,
} from "./value";

export function builtin_concat(delim: usize, coll: usize): usize {
  if (!isString(delim)) return 0;
  // OPA joins a set in sorted order.
  const elems = sortedElementsOrArray(coll);
  if (elems == 0 || !allStrings(elems)) return 0;
  const out = bufNew(64);
  for (let i: u32 = 0; i < arrayLength(elems); i++) {
    if (i > 0) bufStringValue(out, delim);
    bufStringValue(out, arrayGet(elems, i));
  }
  return bufToString(out);
}

function sortedElementsOrArray(coll: usize): usize {
  const elems = elementsOf(coll);
  if (elems == 0 || elems == coll) return elems;
  return sortedElementsOf(coll);
}

export function builtin_contains(s: usize, sub: usize): usize {
  if (!isString(s) || !isString(sub)) return 0;
  return makeBoolean(bytesIndexOf(stringBytes(s), stringLength(s), stringBytes(sub), stringLength(sub), 0) >= 0);
}

export function builtin_startswith(s: usize, prefix: usize): usize {
  if (!isString(s) || !isString(prefix)) return 0;
  return makeBoolean(stringHasAt(s, 0, stringBytes(prefix), stringLength(prefix)));
}

export function builtin_endswith(s: usize, suffix: usize): usize {
  if (!isString(s) || !isString(suffix)) return 0;
  const n = stringLength(s);
  const m = stringLength(suffix);
  return makeBoolean(m <= n && stringHasAt(s, n - m, stringBytes(suffix), m));
}

export function builtin_indexof(s: usize, search: usize): usize {
  if (!isString(s) || !isString(search) || stringLength(search) == 0) return 0;
  const at = bytesIndexOf(stringBytes(s), stringLength(s), stringBytes(search), stringLength(search), 0);
  return makeNumberInt(at < 0 ? -1 : <i64>runeCount(stringBytes(s), <u32>at));
}

export function builtin_indexof_n(s: usize, search: usize): usize {
  if (!isString(s) || !isString(search) || stringLength(search) == 0) return 0;
  const p = stringBytes(s);
  const n = stringLength(s);
  const result = makeArray(4);
  let runeIndex: u32 = 0;
  // Matches may overlap: every rune position is tried.
  for (let i: u32 = 0; i < n; runeIndex++) {
    if (stringHasAt(s, i, stringBytes(search), stringLength(search))) arrayAppend(result, makeNumberInt(runeIndex));
    decodeRune(p + i, n - i);
    i += runeWidth;
  }
  return result;
}

export function builtin_substring(s: usize, start: usize, length: usize): usize {
  if (!requireType("substring", 1, s, TYPE_STRING, "string")) return 0;
  const from = intOperand(start);
  if (!intOperandOk) return 0;
  if (from < 0) return builtinError("substring", "negative offset");
  const count = intOperand(length);
  if (!intOperandOk) return 0;
  const p = stringBytes(s);
  const n = stringLength(s);
  const total = runeCount(p, n);
  if (from >= <i64>total) return makeString(p, 0);
  const begin = runeOffset(p, n, <u32>from);
  if (count < 0 || count >= <i64>total - from) return substringBytes(s, begin, n);
  const end = begin + runeOffset(p + begin, n - begin, <u32>count);
  return substringBytes(s, begin, end);
}

// Applies a rune mapping to every rune of a string.
function mapRunes(s: usize, upper: bool): usize {
  const p = stringBytes(s);
  const n = stringLength(s);
  // A mapped rune needs at most 3/2 of the bytes of the original (2-byte runes may map to 3-byte ones).
  const out = malloc(<usize>n + (<usize>n >> 1) + 4);
  let o = out;
  for (let i: u32 = 0; i < n;) {
    const c = <u32>load<u8>(p + i);
    if (c < 0x80) {
      const shifted = upper ? (c >= 0x61 && c <= 0x7a ? c - 32 : c) : (c >= 0x41 && c <= 0x5a ? c + 32 : c);
      store<u8>(o++, <u8>shifted);
      i++;
      continue;
    }
    const r = decodeRune(p + i, n - i);
    const w = runeWidth;
    // An invalid byte is kept as it is rather than turned into U+FFFD.
    if (r == 0xfffd && w == 1) store<u8>(o++, <u8>c);
    else o = writeRune(o, upper ? toUpperRune(r) : toLowerRune(r));
    i += w;
  }
  return makeString(out, <u32>(o - out));
}

// Writes a code point as UTF-8 at `o`; returns the end.
function writeRune(o: usize, r: u32): usize {
  if (r < 0x80) {
    store<u8>(o, <u8>r);
    return o + 1;
  }
  if (r < 0x800) {
    store<u8>(o, <u8>(0xc0 | (r >> 6)));
    store<u8>(o, <u8>(0x80 | (r & 0x3f)), 1);
    return o + 2;
  }
  if (r < 0x10000) {
    store<u8>(o, <u8>(0xe0 | (r >> 12)));
    store<u8>(o, <u8>(0x80 | ((r >> 6) & 0x3f)), 1);
    store<u8>(o, <u8>(0x80 | (r & 0x3f)), 2);
    return o + 3;
  }
  store<u8>(o, <u8>(0xf0 | (r >> 18)));
  store<u8>(o, <u8>(0x80 | ((r >> 12) & 0x3f)), 1);
  store<u8>(o, <u8>(0x80 | ((r >> 6) & 0x3f)), 2);
  store<u8>(o, <u8>(0x80 | (r & 0x3f)), 3);
  return o + 4;
}

export function builtin_lower(s: usize): usize {
  if (!isString(s)) return 0;
  return mapRunes(s, false);
}

export function builtin_upper(s: usize): usize {
  if (!isString(s)) return 0;
  return mapRunes(s, true);
}

// Pieces of `s` split at every occurrence of `d` (Go's strings.Split; an empty separator splits into runes).
function splitAll(s: usize, d: usize): usize {
  const p = stringBytes(s);
  const n = stringLength(s);
  const dn = stringLength(d);
  const result = makeArray(4);
  if (dn == 0) {
    for (let i: u32 = 0; i < n;) {
      decodeRune(p + i, n - i);
      arrayAppend(result, substringBytes(s, i, i + runeWidth));
      i += runeWidth;
    }
    return result;
  }
  let start: u32 = 0;
  for (;;) {
    const at = bytesIndexOf(p, n, stringBytes(d), dn, start);
    if (at < 0) break;
    arrayAppend(result, substringBytes(s, start, <u32>at));
    start = <u32>at + dn;
  }
  arrayAppend(result, substringBytes(s, start, n));
  return result;
}

export function builtin_split(s: usize, d: usize): usize {
  if (!isString(s) || !isString(d)) return 0;
  return splitAll(s, d);
}

export function builtin_strings__split_n(s: usize, d: usize, count: usize): usize {
  if (!isString(s) || !isString(d) || !requireInteger("strings.split_n", 3, count)) return 0;
  const k = intOperand(count);
  if (!intOperandOk) return 0;
  // An empty input gives one empty piece, even with an empty separator.
  const parts = stringLength(s) == 0 ? singleton(s) : splitAll(s, d);
  const total = <i64>arrayLength(parts);
  const take = k < 0 ? (k < -total ? total : -k) : (k < total ? k : total);
  const first = k < 0 ? total - take : 0;
  const result = makeArray(<u32>take);
  for (let i = first; i < first + take; i++) arrayAppend(result, arrayGet(parts, <u32>i));
  return result;
}

function singleton(v: usize): usize {
  const a = makeArray(1);
  arrayAppend(a, v);
  return a;
}

// strings.Replacer semantics: at each position the first pattern (in order) that matches is replaced and
// scanning continues after it; an empty pattern matches before every rune and at the end.
function replaceAll(s: usize, olds: usize, news: usize, count: u32): usize {
  const p = stringBytes(s);
  const n = stringLength(s);
  let empty: i32 = -1;
  // Bytes that start a non-empty pattern: other positions are copied without trying the patterns.
  const starts = mallocZeroed(256);
  for (let k: u32 = 0; k < count; k++) {
    const old = <usize>load<u32>(olds + (<usize>k << 2));
    if (stringLength(old) == 0) { if (empty < 0) empty = <i32>k; }
    else store<u8>(starts + load<u8>(stringBytes(old)), 1);
  }
  const out = bufNew(n);
  let copied: u32 = 0; // bytes before this offset are already in `out`
  let i: u32 = 0;
  while (i <= n) {
    let matched = false;
    if (i < n && load<u8>(starts + load<u8>(p + i)) != 0) {
      for (let k: u32 = 0; k < count; k++) {
        const old = <usize>load<u32>(olds + (<usize>k << 2));
        const on = stringLength(old);
        if (on > 0 && stringHasAt(s, i, stringBytes(old), on)) {
          bufBytes(out, p + copied, i - copied);
          bufStringValue(out, load<u32>(news + (<usize>k << 2)));
          i += on;
          copied = i;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    if (empty >= 0) {
      bufBytes(out, p + copied, i - copied);
      copied = i;
      bufStringValue(out, load<u32>(news + (<usize>empty << 2)));
    }
    if (i == n) break;
    if (load<u8>(p + i) < 0x80) { i++; continue; }
    decodeRune(p + i, n - i);
    i += runeWidth;
  }
  bufBytes(out, p + copied, n - copied);
  return bufToString(out);
}

export function builtin_replace(s: usize, old: usize, replacement: usize): usize {
  if (!isString(s) || !isString(old) || !isString(replacement)) return 0;
  const olds = malloc(4);
  const news = malloc(4);
  store<u32>(olds, <u32>old);
  store<u32>(news, <u32>replacement);
  return replaceAll(s, olds, news, 1);
}

export function builtin_strings__replace_n(patterns: usize, s: usize): usize {
  if (!requireType("strings.replace_n", 1, patterns, TYPE_OBJECT, "object")) return 0;
  const keys = makeArray(4);
  for (let e = tableFirst(patterns); e != 0; e = tableNext(patterns, e)) {
    if (!isString(entryKey(e))) return typeErrorMessage("strings.replace_n", "operand 1 non-string key found in pattern object");
    if (!isString(entryValue(e))) return typeErrorMessage("strings.replace_n", "operand 1 non-string value found in pattern object");
    arrayAppend(keys, entryKey(e));
  }
  // OPA passes the patterns to strings.NewReplacer in key order, which decides overlapping matches.
  const count = arrayLength(keys);
  const olds = <usize>load<u32>(keys, 12);
  sortAddresses(olds, count, false);
  const news = malloc(<usize>max<u32>(count, 1) << 2);
  for (let k: u32 = 0; k < count; k++) {
    store<u32>(news + (<usize>k << 2), <u32>objectGet(patterns, arrayGet(keys, k)));
  }
  if (!requireType("strings.replace_n", 2, s, TYPE_STRING, "string")) return 0;
  return replaceAll(s, olds, news, count);
}

// Whether rune `r` is in the cutset string.
function inCutset(cut: usize, r: u32): bool {
  const p = stringBytes(cut);
  const n = stringLength(cut);
  for (let i: u32 = 0; i < n;) {
    const c = decodeRune(p + i, n - i);
    i += runeWidth;
    if (c == r) return true;
  }
  return false;
}

// Byte offset after the leading runes that are in the cutset (or are spaces when cut is 0).
function leftTrimEnd(s: usize, cut: usize): u32 {
  const p = stringBytes(s);
  const n = stringLength(s);
  let i: u32 = 0;
  while (i < n) {
    const r = decodeRune(p + i, n - i);
    if (cut == 0 ? !isSpaceRune(r) : !inCutset(cut, r)) break;
    i += runeWidth;
  }
  return i;
}

// Byte offset where the trailing runes in the cutset (or spaces when cut is 0) begin, not below `floor`.
function rightTrimStart(s: usize, cut: usize, floor: u32): u32 {
  const p = stringBytes(s);
  let end = stringLength(s);
  while (end > floor) {
    const w = lastRuneWidth(p + floor, end - floor);
    const r = decodeRune(p + end - w, w);
    if (cut == 0 ? !isSpaceRune(r) : !inCutset(cut, r)) break;
    end -= w;
  }
  return end;
}

export function builtin_trim(s: usize, cut: usize): usize {
  if (!isString(s) || !isString(cut)) return 0;
  const from = leftTrimEnd(s, cut);
  return substringBytes(s, from, rightTrimStart(s, cut, from));
}

export function builtin_trim_left(s: usize, cut: usize): usize {
  if (!isString(s) || !isString(cut)) return 0;
  return substringBytes(s, leftTrimEnd(s, cut), stringLength(s));
}

export function builtin_trim_right(s: usize, cut: usize): usize {
  if (!isString(s) || !isString(cut)) return 0;
  return substringBytes(s, 0, rightTrimStart(s, cut, 0));
}

export function builtin_trim_space(s: usize): usize {
  if (!isString(s)) return 0;
  const from = leftTrimEnd(s, 0);
  return substringBytes(s, from, rightTrimStart(s, 0, from));
}

export function builtin_trim_prefix(s: usize, prefix: usize): usize {
  if (!isString(s) || !isString(prefix)) return 0;
  const m = stringLength(prefix);
  if (!stringHasAt(s, 0, stringBytes(prefix), m)) return s;
  return substringBytes(s, m, stringLength(s));
}

export function builtin_trim_suffix(s: usize, suffix: usize): usize {
  if (!isString(s) || !isString(suffix)) return 0;
  const n = stringLength(s);
  const m = stringLength(suffix);
  if (m > n || !stringHasAt(s, n - m, stringBytes(suffix), m)) return s;
  return substringBytes(s, 0, n - m);
}

export function builtin_strings__reverse(s: usize): usize {
  if (!requireType("strings.reverse", 1, s, TYPE_STRING, "string")) return 0;
  const p = stringBytes(s);
  const n = stringLength(s);
  const out = malloc(max<u32>(n, 1));
  for (let i: u32 = 0; i < n;) {
    decodeRune(p + i, n - i);
    const w = runeWidth;
    memory.copy(out + n - i - w, p + i, w);
    i += w;
  }
  return makeString(out, n);
}

export function builtin_strings__count(s: usize, sub: usize): usize {
  if (!isString(s) || !isString(sub)) return 0;
  const p = stringBytes(s);
  const n = stringLength(s);
  const m = stringLength(sub);
  if (m == 0) return makeNumberInt(<i64>runeCount(p, n) + 1);
  let count: i64 = 0;
  let at = bytesIndexOf(p, n, stringBytes(sub), m, 0);
  while (at >= 0) {
    count++;
    at = bytesIndexOf(p, n, stringBytes(sub), m, <u32>at + m);
  }
  return makeNumberInt(count);
}

// The strings of a string, array or set argument as an array; 0 (an error in strict mode) if it is another
// type or holds a non-string.
function stringList(name: string, operand: u32, v: usize): usize {
  if (isString(v)) return singleton(v);
  const t = valueType(v);
  if (t != TYPE_ARRAY && t != TYPE_SET) return typeError(name, operand, "one of {string, set, array}", v);
  const elems = elementsOf(v);
  for (let i: u32 = 0; i < arrayLength(elems); i++) {
    if (!isString(arrayGet(elems, i))) return elementTypeError(name, operand, v, "string", arrayGet(elems, i));
  }
  return elems;
}

// Whether any string of `strs` starts (or, with `suffix`, ends) with any string of `fixes`.
function anyFixMatch(name: string, strs: usize, fixes: usize, suffix: bool): usize {
  const a = stringList(name, 1, strs);
  if (a == 0) return 0;
  const b = stringList(name, 2, fixes);
  if (a == 0 || b == 0) return 0;
  for (let i: u32 = 0; i < arrayLength(a); i++) {
    const s = arrayGet(a, i);
    const n = stringLength(s);
    for (let j: u32 = 0; j < arrayLength(b); j++) {
      const f = arrayGet(b, j);
      const m = stringLength(f);
      if (m <= n && bytesEqual(stringBytes(s) + <usize>(suffix ? n - m : <u32>0), stringBytes(f), m)) return makeBoolean(true);
    }
  }
  return makeBoolean(false);
}

export function builtin_strings__any_prefix_match(strs: usize, prefixes: usize): usize {
  return anyFixMatch("strings.any_prefix_match", strs, prefixes, false);
}

export function builtin_strings__any_suffix_match(strs: usize, suffixes: usize): usize {
  return anyFixMatch("strings.any_suffix_match", strs, suffixes, true);
}

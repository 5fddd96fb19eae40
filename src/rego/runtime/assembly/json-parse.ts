// JSON (and Rego value literal) parsing into runtime values: the first value of a byte range, whitespace around
// it allowed, trailing bytes ignored. Strings are copied out of the input and validated as UTF-8; numbers that
// fit i64 become INT numbers, others keep their text as REF numbers. Any syntax error yields 0.

import { malloc } from "./alloc";
import { makeArray, arrayAppend, makeBoolean, makeNull, makeNumberInt, makeNumberRef, makeString } from "./value";
import { makeObject, makeSet, objectInsert, setAdd } from "./table";

// Parser state: current position, end of input, and whether Rego set literals are accepted.
let pos: usize = 0;
let end: usize = 0;
let regoLiterals: bool = false;

/** Parses the first JSON value in [addr, addr+len); 0 if empty or malformed. */
export function parseJson(addr: usize, len: u32): usize {
  return parseRange(addr, len, false);
}

/** Like parseJson, also accepting Rego set literals `{1, 2}` and `set()` and non-string object keys. */
export function parseRegoValue(addr: usize, len: u32): usize {
  return parseRange(addr, len, true);
}

/** A number value if the whole range is one JSON number (to_number), else 0. */
export function parseNumberExact(addr: usize, len: u32): usize {
  if (len == 0) return 0;
  const savedPos = pos, savedEnd = end;
  pos = addr;
  end = addr + len;
  let v = parseNumber();
  if (pos != end) v = 0;
  pos = savedPos;
  end = savedEnd;
  return v;
}

function parseRange(addr: usize, len: u32, rego: bool): usize {
  const savedPos = pos, savedEnd = end, savedRego = regoLiterals;
  pos = addr;
  end = addr + len;
  regoLiterals = rego;
  skipSpace();
  const v = pos < end ? parseValue() : 0;
  pos = savedPos;
  end = savedEnd;
  regoLiterals = savedRego;
  return v;
}

@inline function skipSpace(): void {
  while (pos < end) {
    const c = load<u8>(pos);
    if (c != 32 && c != 10 && c != 13 && c != 9) return;
    pos++;
  }
}

function parseValue(): usize {
  const c = load<u8>(pos);
  if (c == 34) return parseString();
  if (c == 123) return parseObjectOrSet();
  if (c == 91) return parseArray();
  if (c == 45 || (c >= 48 && c <= 57)) return parseNumber();
  if (c == 116) return matchWord("true") ? makeBoolean(true) : 0;
  if (c == 102) return matchWord("false") ? makeBoolean(false) : 0;
  if (c == 110) return matchWord("null") ? makeNull() : 0;
  if (c == 115 && regoLiterals && matchWord("set()")) return makeSet();
  return 0;
}

function matchWord(word: string): bool {
  const n = <usize>word.length;
  if (pos + n > end) return false;
  for (let i: usize = 0; i < n; i++) {
    if (load<u8>(pos + i) != <u8>word.charCodeAt(<i32>i)) return false;
  }
  pos += n;
  return true;
}

function parseArray(): usize {
  pos++;
  const arr = makeArray(8);
  skipSpace();
  if (pos < end && load<u8>(pos) == 93) { pos++; return arr; }
  while (pos < end) {
    const v = parseValue();
    if (v == 0) return 0;
    arrayAppend(arr, v);
    skipSpace();
    if (pos >= end) return 0;
    const c = load<u8>(pos++);
    if (c == 93) return arr;
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
    if (closesAfterComma(93)) return arr;
  }
  return 0;
}

// Rego literals (input_term) allow a trailing comma before the closing bracket or brace; consumes it.
function closesAfterComma(closer: u8): bool {
  if (!regoLiterals || load<u8>(pos) != closer) return false;
  pos++;
  return true;
}

function parseObjectOrSet(): usize {
  pos++;
  skipSpace();
  if (pos >= end) return 0;
  if (load<u8>(pos) == 125) { pos++; return makeObject(); }
  const first = parseKey();
  if (first == 0) return 0;
  skipSpace();
  if (pos >= end) return 0;
  if (regoLiterals && load<u8>(pos) != 58) return parseSetRest(first);
  const obj = makeObject();
  let key = first;
  while (true) {
    if (pos >= end || load<u8>(pos) != 58) return 0;
    pos++;
    skipSpace();
    if (pos >= end) return 0;
    const v = parseValue();
    if (v == 0) return 0;
    objectInsert(obj, key, v); // duplicate keys: the last one wins
    skipSpace();
    if (pos >= end) return 0;
    const c = load<u8>(pos++);
    if (c == 125) return obj;
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
    if (closesAfterComma(125)) return obj;
    key = parseKey();
    if (key == 0) return 0;
    skipSpace();
  }
  return 0;
}

function parseKey(): usize {
  if (regoLiterals) return parseValue();
  return load<u8>(pos) == 34 ? parseString() : 0;
}

function parseSetRest(first: usize): usize {
  const set = makeSet();
  setAdd(set, first);
  while (pos < end) {
    const c = load<u8>(pos++);
    if (c == 125) return set;
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
    if (closesAfterComma(125)) return set;
    const v = parseValue();
    if (v == 0) return 0;
    setAdd(set, v);
    skipSpace();
  }
  return 0;
}

function parseNumber(): usize {
  const start = pos;
  let neg = false;
  if (load<u8>(pos) == 45) { neg = true; pos++; }
  if (pos >= end) return 0;
  let c = load<u8>(pos);
  if (c < 48 || c > 57) return 0;
  let n: u64 = 0;
  let digits: u32 = 0;
  if (c == 48) {
    pos++;
    digits = 1;
  } else {
    while (pos < end) {
      c = load<u8>(pos);
      if (c < 48 || c > 57) break;
      n = n * 10 + <u64>(c - 48);
      digits++;
      pos++;
    }
  }
  let integral = true;
  if (pos < end && load<u8>(pos) == 46) {
    integral = false;
    pos++;
    if (!skipDigits()) return 0;
  }
  if (pos < end && (load<u8>(pos) | 32) == 101) {
    integral = false;
    pos++;
    if (pos < end && (load<u8>(pos) == 43 || load<u8>(pos) == 45)) pos++;
    if (!skipDigits()) return 0;
  }
  // Up to 19 digits cannot overflow u64; keep the value as INT when it fits int64.
  if (integral && digits <= 19) {
    if (!neg && n <= <u64>i64.MAX_VALUE) return makeNumberInt(<i64>n);
    if (neg && n <= <u64>i64.MAX_VALUE + 1) return makeNumberInt(<i64>(0 - n));
  }
  const len = <u32>(pos - start);
  const text = malloc(len);
  memory.copy(text, start, len);
  return makeNumberRef(text, len);
}

function skipDigits(): bool {
  const start = pos;
  while (pos < end) {
    const c = load<u8>(pos);
    if (c < 48 || c > 57) break;
    pos++;
  }
  return pos > start;
}

function parseString(): usize {
  pos++;
  const start = pos;
  // Fast scan: plain ASCII without escapes is copied in one go.
  while (pos < end) {
    const c = load<u8>(pos);
    if (c == 34) {
      const len = <u32>(pos - start);
      const bytes = malloc(len);
      memory.copy(bytes, start, len);
      pos++;
      return makeString(bytes, len);
    }
    if (c == 92 || c < 32 || c >= 128) break;
    pos++;
  }
  return parseStringSlow(start);
}

// Decodes escapes and validates UTF-8; the decoded text is never longer than the raw text up to the closing quote.
function parseStringSlow(start: usize): usize {
  let close = pos;
  while (close < end) {
    const c = load<u8>(close);
    if (c == 34) break;
    close += c == 92 ? 2 : 1;
  }
  if (close >= end) return 0;
  const out = malloc(close - start);
  const prefix = pos - start;
  memory.copy(out, start, prefix);
  let o = out + prefix;
  while (pos < end) {
    const c = load<u8>(pos);
    if (c == 34) {
      pos++;
      return makeString(out, <u32>(o - out));
    }
    if (c < 32) return 0;
    if (c == 92) {
      o = decodeEscape(o);
      if (o == 0) return 0;
    } else if (c < 128) {
      store<u8>(o++, c);
      pos++;
    } else {
      const n = utf8SequenceLength(pos, end);
      if (n == 0) return 0;
      memory.copy(o, pos, n);
      o += n;
      pos += n;
    }
  }
  return 0;
}

function decodeEscape(o: usize): usize {
  if (pos + 1 >= end) return 0;
  const e = load<u8>(pos + 1);
  pos += 2;
  let b: u8 = 0;
  if (e == 34 || e == 92 || e == 47) b = e;
  else if (e == 98) b = 8;
  else if (e == 102) b = 12;
  else if (e == 110) b = 10;
  else if (e == 114) b = 13;
  else if (e == 116) b = 9;
  else if (e == 117) return decodeUnicodeEscape(o);
  else return 0;
  store<u8>(o, b);
  return o + 1;
}

function hex4(at: usize): i32 {
  if (at + 4 > end) return -1;
  let v: i32 = 0;
  for (let i: usize = 0; i < 4; i++) {
    const c = <i32>load<u8>(at + i);
    let d: i32;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = (v << 4) | d;
  }
  return v;
}

function decodeUnicodeEscape(o: usize): usize {
  let cp = hex4(pos);
  if (cp < 0) return 0;
  pos += 4;
  if (cp >= 0xd800 && cp < 0xdc00) {
    // A high surrogate joins a following \uDC00-\uDFFF; a lone surrogate becomes U+FFFD (as Go does).
    const low = pos + 6 <= end && load<u8>(pos) == 92 && load<u8>(pos + 1) == 117 ? hex4(pos + 2) : -1;
    if (low >= 0xdc00 && low < 0xe000) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      pos += 6;
    } else cp = 0xfffd;
  } else if (cp >= 0xdc00 && cp < 0xe000) cp = 0xfffd;
  return writeUtf8(o, cp);
}

/** Writes a code point as UTF-8 at `o`; returns the end. */
export function writeUtf8(o: usize, cp: i32): usize {
  if (cp < 0x80) { store<u8>(o, <u8>cp); return o + 1; }
  if (cp < 0x800) {
    store<u8>(o, <u8>(0xc0 | (cp >> 6)));
    store<u8>(o + 1, <u8>(0x80 | (cp & 0x3f)));
    return o + 2;
  }
  if (cp < 0x10000) {
    store<u8>(o, <u8>(0xe0 | (cp >> 12)));
    store<u8>(o + 1, <u8>(0x80 | ((cp >> 6) & 0x3f)));
    store<u8>(o + 2, <u8>(0x80 | (cp & 0x3f)));
    return o + 3;
  }
  store<u8>(o, <u8>(0xf0 | (cp >> 18)));
  store<u8>(o + 1, <u8>(0x80 | ((cp >> 12) & 0x3f)));
  store<u8>(o + 2, <u8>(0x80 | ((cp >> 6) & 0x3f)));
  store<u8>(o + 3, <u8>(0x80 | (cp & 0x3f)));
  return o + 4;
}

/** Length (2-4) of the valid UTF-8 sequence starting at `p` (first byte >= 0x80), or 0 if invalid. */
export function utf8SequenceLength(p: usize, limit: usize): usize {
  const b0 = <u32>load<u8>(p);
  let n: usize;
  let min: u32;
  let cp: u32;
  if (b0 >= 0xc2 && b0 <= 0xdf) { n = 2; min = 0x80; cp = b0 & 0x1f; }
  else if ((b0 & 0xf0) == 0xe0) { n = 3; min = 0x800; cp = b0 & 0x0f; }
  else if (b0 >= 0xf0 && b0 <= 0xf4) { n = 4; min = 0x10000; cp = b0 & 0x07; }
  else return 0;
  if (p + n > limit) return 0;
  for (let i: usize = 1; i < n; i++) {
    const b = <u32>load<u8>(p + i);
    if ((b & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return 0;
  return n;
}

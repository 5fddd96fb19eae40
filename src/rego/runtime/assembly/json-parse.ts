// JSON (and Rego value literal) parsing into runtime values: the first value of a byte range, whitespace around
// it allowed, trailing bytes ignored. Strings without escapes refer to their bytes in the parsed text (which
// stays unchanged for as long as the values live: static data, a string value, or text the host wrote into the
// heap below the values), others are decoded into a copy; all are validated as UTF-8. Numbers that
// fit i64 become INT numbers, others keep their text as REF numbers. Any syntax error yields 0.
// Members wait on a stack until their array, object or set closes, which is then allocated once at its final size
// (table.ts makeTableFrom); object keys are interned per parse, so the keys every resource repeats are one value
// each, hashed once and hot in the cache when policies look them up.

import { malloc, mallocZeroed } from "./alloc";
import { compareBytes, mixHash, stringBytesHash } from "./compare";
import { makeArrayFrom, makeBoolean, makeNull, makeNumberInt, makeNumberRef, makeString, makeStringCopy, stringBytes, stringLength, TYPE_OBJECT, TYPE_SET } from "./value";
import { makeObject, makeSet, makeTableFrom } from "./table";

// Parser state: current position, end of input, and whether Rego set literals are accepted.
let pos: usize = 0;
let end: usize = 0;
let regoLiterals: bool = false;

// The member stack (u32 value addresses; objects push key, value) and the key intern table (open addressing),
// both allocated per parse: a reset heap may since have reused the memory of an earlier parse's.
let stack: usize = 0;
let stackCap: u32 = 0;
let stackLen: u32 = 0;
let internSlots: usize = 0;
let internCap: u32 = 0;
let internCount: u32 = 0;

// Keys longer than this are rarely repeated; they are not interned.
const INTERN_MAX_LENGTH: u32 = 64;
const INTERN_INITIAL_CAPACITY: u32 = 256;
const STACK_INITIAL_CAPACITY: u32 = 256;

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
  const savedStack = stack, savedStackCap = stackCap, savedStackLen = stackLen;
  const savedSlots = internSlots, savedInternCap = internCap, savedInternCount = internCount;
  pos = addr;
  end = addr + len;
  regoLiterals = rego;
  stack = 0;
  stackCap = 0;
  stackLen = 0;
  internSlots = 0;
  internCap = 0;
  internCount = 0;
  skipSpace();
  const v = pos < end ? parseValue() : 0;
  pos = savedPos;
  end = savedEnd;
  regoLiterals = savedRego;
  stack = savedStack;
  stackCap = savedStackCap;
  stackLen = savedStackLen;
  internSlots = savedSlots;
  internCap = savedInternCap;
  internCount = savedInternCount;
  return v;
}

function push(v: usize): void {
  if (stackLen == stackCap) {
    const capacity = stackCap == 0 ? STACK_INITIAL_CAPACITY : stackCap * 2;
    const grown = malloc(<usize>capacity << 2);
    if (stackLen > 0) memory.copy(grown, stack, <usize>stackLen << 2);
    stack = grown;
    stackCap = capacity;
  }
  store<u32>(stack + (<usize>stackLen << 2), <u32>v);
  stackLen++;
}

@inline function stackAt(index: u32): usize {
  return stack + (<usize>index << 2);
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
  skipSpace();
  if (pos < end && load<u8>(pos) == 93) { pos++; return makeArrayFrom(0, 0); }
  const base = stackLen;
  while (pos < end) {
    const v = parseValue();
    if (v == 0) return 0;
    push(v);
    skipSpace();
    if (pos >= end) return 0;
    const c = load<u8>(pos++);
    if (c == 93 || (c == 44 && closesAfterCommaSkippingSpace(93))) {
      const arr = makeArrayFrom(stackAt(base), stackLen - base);
      stackLen = base;
      return arr;
    }
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
  }
  return 0;
}

// After a comma: skips whitespace and consumes a closing bracket that a Rego literal allows there.
function closesAfterCommaSkippingSpace(closer: u8): bool {
  skipSpace();
  return pos < end && closesAfterComma(closer);
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
  const base = stackLen;
  let key = first;
  while (true) {
    if (pos >= end || load<u8>(pos) != 58) return 0;
    pos++;
    skipSpace();
    if (pos >= end) return 0;
    const v = parseValue();
    if (v == 0) return 0;
    push(key);
    push(v);
    skipSpace();
    if (pos >= end) return 0;
    const c = load<u8>(pos++);
    if (c == 125 || (c == 44 && closesAfterCommaSkippingSpace(125))) return finishTable(TYPE_OBJECT, base, 2);
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
    key = parseKey();
    if (key == 0) return 0;
    skipSpace();
  }
  return 0;
}

function finishTable(tag: u8, base: u32, width: u32): usize {
  const t = makeTableFrom(tag, stackAt(base), (stackLen - base) / width);
  stackLen = base;
  return t;
}

function parseKey(): usize {
  if (regoLiterals) return parseValue();
  return load<u8>(pos) == 34 ? parseString(true) : 0;
}

function parseSetRest(first: usize): usize {
  const base = stackLen;
  push(first);
  while (pos < end) {
    const c = load<u8>(pos++);
    if (c == 125 || (c == 44 && closesAfterCommaSkippingSpace(125))) return finishTable(TYPE_SET, base, 1);
    if (c != 44) return 0;
    skipSpace();
    if (pos >= end) return 0;
    const v = parseValue();
    if (v == 0) return 0;
    push(v);
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

const ONES: u64 = 0x0101010101010101;
const HIGHS: u64 = 0x8080808080808080;

// Whether any of the eight bytes of `x` is a quote, a backslash, a control character or non-ASCII: the bytes that
// end the fast scan of a string (bit tricks on a u64, eight bytes per step).
@inline function needsAttention(x: u64): bool {
  const quote = x ^ (0x22 * ONES);
  const backslash = x ^ (0x5c * ONES);
  const zeroByte = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash);
  const control = (x - 0x20 * ONES) & ~x;
  return ((zeroByte | control | x) & HIGHS) != 0;
}

function parseString(intern: bool = false): usize {
  pos++;
  const start = pos;
  while (pos + 8 <= end && !needsAttention(load<u64>(pos))) pos += 8;
  // Fast scan: plain ASCII without escapes is copied in one go.
  while (pos < end) {
    const c = load<u8>(pos);
    if (c == 34) {
      const len = <u32>(pos - start);
      pos++;
      return intern && len <= INTERN_MAX_LENGTH ? internedString(start, len) : makeString(start, len);
    }
    if (c == 92 || c < 32 || c >= 128) break;
    pos++;
  }
  return parseStringSlow(start);
}

@inline function internSlot(index: u32): usize {
  return internSlots + (<usize>index << 2);
}

// The parse's one string value for these bytes, created (with its hash cached) on first sight.
function internedString(bytes: usize, len: u32): usize {
  if (internCap == 0) {
    internCap = INTERN_INITIAL_CAPACITY;
    internSlots = mallocZeroed(<usize>internCap << 2);
  }
  const hash = stringBytesHash(bytes, len);
  let i = mixHash(hash) & (internCap - 1);
  while (true) {
    const v = <usize>load<u32>(internSlot(i));
    if (v == 0) break;
    if (load<u32>(v, 12) == hash && compareBytes(stringBytes(v), stringLength(v), bytes, len) == 0) return v;
    i = (i + 1) & (internCap - 1);
  }
  const s = makeStringCopy(bytes, len);
  store<u32>(s, hash, 12);
  store<u32>(internSlot(i), <u32>s);
  internCount++;
  if (internCount * 2 > internCap) growInternTable();
  return s;
}

function growInternTable(): void {
  const oldSlots = internSlots;
  const oldCap = internCap;
  internCap = oldCap * 2;
  internSlots = mallocZeroed(<usize>internCap << 2);
  for (let j: u32 = 0; j < oldCap; j++) {
    const v = <usize>load<u32>(oldSlots + (<usize>j << 2));
    if (v == 0) continue;
    let i = mixHash(load<u32>(v, 12)) & (internCap - 1);
    while (load<u32>(internSlot(i)) != 0) i = (i + 1) & (internCap - 1);
    store<u32>(internSlot(i), <u32>v);
  }
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

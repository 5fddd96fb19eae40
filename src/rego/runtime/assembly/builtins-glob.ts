// glob.match and glob.quote_meta with gobwas/glob semantics (as OPA uses them): `*` any run without delimiters,
// `**` any run, `?` one non-delimiter rune, `[abc]` `[!abc]` `[a-z]` `[!a-z]`, `{a,b}` alternatives, `\` escapes.
// A glob is translated to an anchored RE2 pattern and run on the linear-time regex engine.

import { malloc } from "./alloc";
import { Bytes } from "./regex/template";
import { compileRegex, reclaim, regexMatches, scratchMark } from "./regex/search";
import { decodeRune, runeOf, widthOf } from "./regex/utf8";
import { arrayGet, arrayLength, makeBoolean, makeString, stringBytes, stringLength, valueType, TYPE_ARRAY, TYPE_NULL, TYPE_STRING } from "./value";

@unmanaged class GlobState {
  src: usize;
  len: i32;
  pos: i32;
  failed: i32;
  /** The "not a delimiter" class body (e.g. `\x{2e}`), empty when there are no delimiters. */
  delims: Bytes;
  out: Bytes;
}

function newBuffer(cap: i32): Bytes {
  const b = changetype<Bytes>(malloc(offsetof<Bytes>()));
  b.data = malloc(<usize>cap);
  b.len = 0;
  b.cap = cap;
  return b;
}

function put(b: Bytes, c: i32): void {
  if (b.len + 4 > b.cap) {
    const cap = b.cap * 2 + 8;
    const data = malloc(<usize>cap);
    memory.copy(data, b.data, <usize>b.len);
    b.data = data;
    b.cap = cap;
  }
  store<u8>(b.data + b.len, <u8>c);
  b.len++;
}

function putText(b: Bytes, text: string): void {
  for (let i = 0; i < text.length; i++) put(b, text.charCodeAt(i));
}

function putHex(b: Bytes, n: i32): void {
  putText(b, "\\x{");
  let shift = 20;
  while (shift > 0 && ((n >> shift) & 0xf) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) {
    const d = (n >> shift) & 0xf;
    put(b, d < 10 ? 0x30 + d : 0x57 + d);
  }
  put(b, 0x7d);
}

/** Appends rune `r` as a regex literal (usable inside and outside brackets). */
function putLiteral(b: Bytes, r: i32): void {
  if ((r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)) put(b, r);
  else putHex(b, r);
}

@inline function peek(g: GlobState): i32 {
  return g.pos < g.len ? <i32>load<u8>(g.src + g.pos) : -1;
}

function readRune(g: GlobState): i32 {
  const packed = decodeRune(g.src, g.len, g.pos);
  g.pos += widthOf(packed);
  return runeOf(packed);
}

function putNotDelimiter(g: GlobState): void {
  if (g.delims.len == 0) { putText(g.out, "(?s:.)"); return; }
  putText(g.out, "[^");
  for (let i = 0; i < g.delims.len; i++) put(g.out, load<u8>(g.delims.data + i));
  put(g.out, 0x5d);
}

// "[" was read: "[!"? then "lo-hi]" or a list of runes up to "]".
function translateRange(g: GlobState): void {
  const negated = peek(g) == 0x21;
  if (negated) g.pos++;
  if (g.pos >= g.len) { g.failed = 1; return; }
  const loStart = g.pos;
  const lo = readRune(g);
  if (peek(g) == 0x2d) {
    g.pos++;
    if (g.pos >= g.len) { g.failed = 1; return; }
    const hi = readRune(g);
    if (peek(g) != 0x5d) { g.failed = 1; return; }
    g.pos++;
    put(g.out, 0x5b);
    if (negated) put(g.out, 0x5e);
    // gobwas accepts an inverted range and it matches nothing.
    if (lo <= hi) { putLiteral(g.out, lo); put(g.out, 0x2d); putLiteral(g.out, hi); }
    else putText(g.out, "^\\x00-\\x{10ffff}");
    put(g.out, 0x5d);
    return;
  }
  g.pos = loStart;
  const classStart = g.out.len;
  put(g.out, 0x5b);
  if (negated) put(g.out, 0x5e);
  let any = false;
  while (g.pos < g.len && peek(g) != 0x5d) {
    if (peek(g) == 0x5c) {
      g.pos++;
      if (g.pos >= g.len) { g.failed = 1; return; }
    }
    putLiteral(g.out, readRune(g));
    any = true;
  }
  if (g.pos >= g.len) { g.failed = 1; return; }
  g.pos++;
  if (any) {
    put(g.out, 0x5d);
    return;
  }
  // An empty list matches nothing; its negation matches any rune.
  g.out.len = classStart;
  putText(g.out, negated ? "(?s:.)" : "[^\\x00-\\x{10ffff}]");
}

// Translates a sequence; inside braces it stops before ',' or '}'.
function translateSequence(g: GlobState, inTerms: bool): void {
  while (g.pos < g.len && g.failed == 0) {
    const c = peek(g);
    if (inTerms && (c == 0x2c || c == 0x7d)) return;
    g.pos++;
    if (c == 0x2a) {
      if (peek(g) == 0x2a) { g.pos++; putText(g.out, "(?s:.*)"); }
      else { putText(g.out, "(?:"); putNotDelimiter(g); putText(g.out, ")*"); }
    } else if (c == 0x3f) {
      putNotDelimiter(g);
    } else if (c == 0x5b) {
      translateRange(g);
    } else if (c == 0x7b) {
      translateTerms(g);
    } else if (c == 0x5c) {
      if (g.pos >= g.len) { g.failed = 1; return; }
      putLiteral(g.out, readRune(g));
    } else {
      g.pos--;
      putLiteral(g.out, readRune(g));
    }
  }
}

// "{" was read: alternatives separated by ',' up to the matching '}'.
function translateTerms(g: GlobState): void {
  putText(g.out, "(?:");
  for (;;) {
    translateSequence(g, true);
    if (g.failed != 0) return;
    const c = peek(g);
    if (c == 0x2c) { g.pos++; put(g.out, 0x7c); continue; }
    if (c == 0x7d) { g.pos++; put(g.out, 0x29); return; }
    g.failed = 1;
    return;
  }
}

// The delimiters operand: an array of one-rune strings (empty array means "."), or null for none.
// Returns the class body or 0 for a bad operand.
function delimiterClass(delimiters: usize): Bytes {
  const body = newBuffer(16);
  const t = valueType(delimiters);
  if (t == TYPE_NULL) return body;
  if (t != TYPE_ARRAY) return changetype<Bytes>(0);
  const n = arrayLength(delimiters);
  if (n == 0) { putLiteral(body, 0x2e); return body; }
  for (let i: u32 = 0; i < n; i++) {
    const d = arrayGet(delimiters, i);
    if (valueType(d) != TYPE_STRING || stringLength(d) == 0) return changetype<Bytes>(0);
    const packed = decodeRune(stringBytes(d), <i32>stringLength(d), 0);
    if (<u32>widthOf(packed) != stringLength(d)) return changetype<Bytes>(0);
    putLiteral(body, runeOf(packed));
  }
  return body;
}

/** glob.match(pattern, delimiters, value). */
export function builtin_glob__match(pattern: usize, delimiters: usize, value: usize): usize {
  if (valueType(pattern) != TYPE_STRING || valueType(value) != TYPE_STRING) return 0;
  const mark = scratchMark();
  const delims = delimiterClass(delimiters);
  let result = -1;
  if (changetype<usize>(delims) != 0) {
    const g = changetype<GlobState>(malloc(offsetof<GlobState>()));
    g.src = stringBytes(pattern);
    g.len = <i32>stringLength(pattern);
    g.pos = 0;
    g.failed = 0;
    g.delims = delims;
    g.out = newBuffer(g.len * 4 + 16);
    putText(g.out, "\\A(?:");
    translateSequence(g, false);
    putText(g.out, ")\\z");
    if (g.failed == 0) {
      const prog = compileRegex(g.out.data, g.out.len);
      if (changetype<usize>(prog) != 0) result = regexMatches(prog, stringBytes(value), <i32>stringLength(value)) ? 1 : 0;
    }
  }
  reclaim(mark);
  return result < 0 ? 0 : makeBoolean(result == 1);
}

function isGlobMeta(c: u8): bool {
  return c == 0x2a || c == 0x3f || c == 0x5c || c == 0x5b || c == 0x5d || c == 0x7b || c == 0x7d;
}

/** glob.quote_meta(pattern): escapes * ? \ [ ] { } with a backslash. */
export function builtin_glob__quote_meta(pattern: usize): usize {
  if (valueType(pattern) != TYPE_STRING) return 0;
  const src = stringBytes(pattern);
  const len = stringLength(pattern);
  let extra: u32 = 0;
  for (let i: u32 = 0; i < len; i++) if (isGlobMeta(load<u8>(src + i))) extra++;
  const out = malloc(<usize>(len + extra));
  let at = out;
  for (let i: u32 = 0; i < len; i++) {
    const c = load<u8>(src + i);
    if (isGlobMeta(c)) store<u8>(at++, 0x5c);
    store<u8>(at++, c);
  }
  return makeString(out, len + extra);
}

// Parsing of escapes (\n, \x{..}, \d, \pL, \b ...) and bracketed classes ([a-z], [^\d], [[:alpha:]]) in Go's
// RE2 syntax. Escapes Go rejects (backreferences \1, \Z, \C, unknown letters) make the pattern invalid.

import { A_BOT, A_EOT, A_NOT_WORD, A_WORD, F_FOLD, Parser, atEnd, peekByte } from "./ast";
import {
  addPerlClass, addPosixClass, addUnicodeClass, classAddClass, classAddFoldedRange, classAddRange, negateClass,
  normalizeClass,
} from "./charclass";
import { decodeRune, runeOf, widthOf } from "./utf8";
import { IntVec, newIntVec } from "./vec";

export const ESC_ERROR: i32 = -1;
/** The escape was a class; its normalised ranges are in the `out` vector. */
export const ESC_CLASS: i32 = -2;
/** ESC_ASSERT - kind: an empty-width assertion (only outside brackets). */
export const ESC_ASSERT: i32 = -10;

/** Reads the next rune of the pattern and advances. */
export function nextRune(p: Parser): i32 {
  const packed = decodeRune(p.src, p.len, p.pos);
  p.pos += widthOf(packed);
  return runeOf(packed);
}

function hexValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function isAlnum(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function parseHexEscape(p: Parser): i32 {
  if (peekByte(p, 0) == 0x7b) {
    p.pos++;
    let value = 0;
    let digits = 0;
    while (!atEnd(p) && peekByte(p, 0) != 0x7d) {
      const d = hexValue(peekByte(p, 0));
      if (d < 0) return ESC_ERROR;
      value = value * 16 + d;
      if (value > 0x10ffff) return ESC_ERROR;
      digits++;
      p.pos++;
    }
    if (atEnd(p) || digits == 0) return ESC_ERROR;
    p.pos++;
    return value;
  }
  const hi = hexValue(peekByte(p, 0));
  const lo = hexValue(peekByte(p, 1));
  if (hi < 0 || lo < 0) return ESC_ERROR;
  p.pos += 2;
  return hi * 16 + lo;
}

function parseOctalEscape(p: Parser, first: i32): i32 {
  // A lone \1-\7 would be a backreference, which RE2 rejects; \0 and multi-digit forms are octal.
  if (first != 0x30 && (peekByte(p, 0) < 0x30 || peekByte(p, 0) > 0x37)) return ESC_ERROR;
  let value = first - 0x30;
  for (let i = 0; i < 2; i++) {
    const c = peekByte(p, 0);
    if (c < 0x30 || c > 0x37) break;
    value = value * 8 + c - 0x30;
    p.pos++;
  }
  return value;
}

function parseUnicodeEscape(p: Parser, negated: bool, out: IntVec): i32 {
  let nameStart = p.pos;
  let nameLen = 1;
  if (peekByte(p, 0) == 0x7b) {
    nameStart = p.pos + 1;
    let end = nameStart;
    while (end < p.len && load<u8>(p.src + end) != 0x7d) end++;
    if (end >= p.len) return ESC_ERROR;
    nameLen = end - nameStart;
    p.pos = end + 1;
    if (nameLen > 0 && load<u8>(p.src + nameStart) == 0x5e) {
      negated = !negated;
      nameStart++;
      nameLen--;
    }
  } else {
    if (atEnd(p)) return ESC_ERROR;
    p.pos++;
  }
  const raw = newIntVec(16);
  if (nameLen == 0 || !addUnicodeClass(raw, p.src + nameStart, nameLen)) return ESC_ERROR;
  const norm = normalizeClass(raw);
  classAddClass(out, negated ? negateClass(norm) : norm, false);
  return ESC_CLASS;
}

/**
 * Parses the escape after a backslash (the cursor is just past it). Returns a rune, ESC_CLASS (ranges added to
 * `out`), ESC_ASSERT - kind (outside brackets only) or ESC_ERROR.
 */
export function parseEscape(p: Parser, inClass: bool, out: IntVec): i32 {
  if (atEnd(p)) return ESC_ERROR;
  const c = nextRune(p);
  if (c >= 0x30 && c <= 0x37) return parseOctalEscape(p, c);
  switch (c) {
    case 0x61: return 0x07; // \a
    case 0x66: return 0x0c; // \f
    case 0x6e: return 0x0a; // \n
    case 0x72: return 0x0d; // \r
    case 0x74: return 0x09; // \t
    case 0x76: return 0x0b; // \v
    case 0x78: return parseHexEscape(p);
    case 0x70: return parseUnicodeEscape(p, false, out); // \p
    case 0x50: return parseUnicodeEscape(p, true, out);  // \P
  }
  const lower = c | 0x20;
  if (lower == 0x64 || lower == 0x73 || lower == 0x77) {
    const raw = newIntVec(8);
    addPerlClass(raw, lower);
    const norm = normalizeClass(raw);
    classAddClass(out, c == lower ? norm : negateClass(norm), false);
    return ESC_CLASS;
  }
  if (!inClass) {
    if (c == 0x62) return ESC_ASSERT - A_WORD;     // \b
    if (c == 0x42) return ESC_ASSERT - A_NOT_WORD; // \B
    if (c == 0x41) return ESC_ASSERT - A_BOT;      // \A
    if (c == 0x7a) return ESC_ASSERT - A_EOT;      // \z
  }
  if (c < 0x80 && !isAlnum(c)) return c;
  return ESC_ERROR;
}

// Tries "[:name:]" or "[:^name:]" at the cursor (which is on '['); returns 1 if added, 0 if not POSIX syntax, -1 if
// the syntax is there but the name is unknown.
function parsePosixClass(p: Parser, out: IntVec): i32 {
  if (peekByte(p, 1) != 0x3a) return 0;
  let end = p.pos + 2;
  while (end + 1 < p.len && !(load<u8>(p.src + end) == 0x3a && load<u8>(p.src + end + 1) == 0x5d)) end++;
  if (end + 1 >= p.len) return 0;
  let nameStart = p.pos + 2;
  let negated = false;
  if (nameStart < end && load<u8>(p.src + nameStart) == 0x5e) {
    negated = true;
    nameStart++;
  }
  const raw = newIntVec(8);
  if (!addPosixClass(raw, p.src + nameStart, end - nameStart)) return -1;
  const norm = normalizeClass(raw);
  classAddClass(out, negated ? negateClass(norm) : norm, false);
  p.pos = end + 2;
  return 1;
}

// One class member that may start a range: a rune (>= 0), ESC_CLASS (added to `out`) or ESC_ERROR.
function parseClassAtom(p: Parser, out: IntVec): i32 {
  const c = nextRune(p);
  if (c != 0x5c) return c;
  const r = parseEscape(p, true, out);
  return r;
}

/** Parses a bracketed class; the cursor is just past '['. Returns the normalised ranges, or 0 on error. */
export function parseBracketClass(p: Parser): IntVec {
  const fold = (p.flags & F_FOLD) != 0;
  let negated = false;
  if (peekByte(p, 0) == 0x5e) {
    negated = true;
    p.pos++;
  }
  const items = newIntVec(16);
  const sub = newIntVec(16);
  let first = true;
  for (;;) {
    if (atEnd(p)) return changetype<IntVec>(0);
    const c = peekByte(p, 0);
    if (c == 0x5d && !first) break;
    first = false;
    if (c == 0x5b) {
      const posix = parsePosixClass(p, sub);
      if (posix < 0) return changetype<IntVec>(0);
      if (posix > 0) continue;
    }
    const lo = parseClassAtom(p, sub);
    if (lo == ESC_ERROR) return changetype<IntVec>(0);
    if (lo == ESC_CLASS) continue;
    let hi = lo;
    if (peekByte(p, 0) == 0x2d && peekByte(p, 1) != 0x5d && peekByte(p, 1) >= 0) {
      p.pos++;
      hi = parseClassAtom(p, sub);
      if (hi < 0 || hi < lo) return changetype<IntVec>(0);
    }
    if (fold) classAddFoldedRange(items, lo, hi);
    else classAddRange(items, lo, hi);
  }
  p.pos++;
  classAddClass(items, normalizeClass(sub), fold);
  const norm = normalizeClass(items);
  return negated ? negateClass(norm) : norm;
}

// Unicode support for the string built-ins on raw UTF-8 bytes: rune decoding with Go's rules (an invalid
// sequence decodes as U+FFFD of width 1), Go's unicode.IsSpace, and Unicode simple case mapping over the
// generated range table of builtins-strings-case-tables.ts.

import { ALT, CASE_RANGE_COUNT, CASE_RANGES } from "./builtins-strings-case-tables";

/** Width in bytes of the rune decoded by the last decodeRune call. */
export let runeWidth: u32 = 0;

/** Decodes the rune at `p` (n > 0 bytes available); sets runeWidth. */
export function decodeRune(p: usize, n: u32): u32 {
  const b0 = <u32>load<u8>(p);
  runeWidth = 1;
  if (b0 < 0x80) return b0;
  if (b0 < 0xc2 || b0 > 0xf4) return 0xfffd;
  if (b0 < 0xe0) {
    if (n < 2) return 0xfffd;
    const b1 = <u32>load<u8>(p, 1);
    if ((b1 & 0xc0) != 0x80) return 0xfffd;
    runeWidth = 2;
    return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  }
  if (b0 < 0xf0) {
    if (n < 3) return 0xfffd;
    const b1 = <u32>load<u8>(p, 1);
    const b2 = <u32>load<u8>(p, 2);
    const lo: u32 = b0 == 0xe0 ? 0xa0 : 0x80;
    const hi: u32 = b0 == 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi || (b2 & 0xc0) != 0x80) return 0xfffd;
    runeWidth = 3;
    return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  }
  if (n < 4) return 0xfffd;
  const b1 = <u32>load<u8>(p, 1);
  const b2 = <u32>load<u8>(p, 2);
  const b3 = <u32>load<u8>(p, 3);
  const lo: u32 = b0 == 0xf0 ? 0x90 : 0x80;
  const hi: u32 = b0 == 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80) return 0xfffd;
  runeWidth = 4;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}

/** Width of the rune ending just before `p + n` (Go's utf8.DecodeLastRune rules); n > 0. */
export function lastRuneWidth(p: usize, n: u32): u32 {
  let start = n - 1;
  const limit: u32 = n >= 4 ? n - 4 : 0;
  while (start > limit && (load<u8>(p + start) & 0xc0) == 0x80) start--;
  decodeRune(p + start, n - start);
  return start + runeWidth == n ? runeWidth : 1;
}

/** Number of runes in `n` bytes. */
export function runeCount(p: usize, n: u32): u32 {
  let count: u32 = 0;
  let i: u32 = 0;
  while (i < n) {
    decodeRune(p + i, n - i);
    i += runeWidth;
    count++;
  }
  return count;
}

/** Byte offset of rune number `index` (the end when index >= rune count). */
export function runeOffset(p: usize, n: u32, index: u32): u32 {
  let i: u32 = 0;
  for (let r: u32 = 0; r < index && i < n; r++) {
    decodeRune(p + i, n - i);
    i += runeWidth;
  }
  return i;
}

/** Go's unicode.IsSpace. */
export function isSpaceRune(r: u32): bool {
  if (r < 0x80) return r == 0x20 || (r >= 0x09 && r <= 0x0d);
  if (r == 0x85 || r == 0xa0 || r == 0x1680) return true;
  if (r >= 0x2000 && r <= 0x200a) return true;
  return r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

@inline function rangeField(index: i32, field: i32): i32 {
  return load<i32>(CASE_RANGES + ((<usize>(index * 4 + field)) << 2));
}

// Index of the case range holding rune r, or -1 (binary search over ranges sorted by first code point).
function caseRangeOf(r: i32): i32 {
  let lo: i32 = 0;
  let hi: i32 = CASE_RANGE_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r < rangeField(mid, 0)) hi = mid - 1;
    else if (r > rangeField(mid, 1)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// Maps a rune with the lower (field 2) or upper (field 3) delta of its range.
function mapCase(r: u32, field: i32): u32 {
  if (r < 0x80) {
    if (field == 2) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
    return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  }
  const index = caseRangeOf(<i32>r);
  if (index < 0) return r;
  const delta = rangeField(index, field);
  if (delta != ALT) return <u32>(<i32>r + delta);
  // In an alternating run the upper case letter is at an even offset from the start, its lower case after it.
  const upper = ((<i32>r - rangeField(index, 0)) & 1) == 0;
  if (field == 2) return upper ? r + 1 : r;
  return upper ? r : r - 1;
}

/** Unicode simple lower case mapping of a rune (Go's unicode.ToLower). */
export function toLowerRune(r: u32): u32 {
  return mapCase(r, 2);
}

/** Unicode simple upper case mapping of a rune (Go's unicode.ToUpper). */
export function toUpperRune(r: u32): u32 {
  return mapCase(r, 3);
}

// Unicode support for the string built-ins on raw UTF-8 bytes: rune decoding with Go's rules (an invalid
// sequence decodes as U+FFFD of width 1), Go's unicode.IsSpace, and simple case mapping. Case mapping covers
// ASCII, Latin-1, Latin Extended-A/B (regular pairs), Latin Extended Additional, Greek, Cyrillic, Armenian,
// Georgian, fullwidth Latin, Roman numerals, circled letters and Deseret; other scripts are left unchanged.

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

// Ranges where upper and lower case letters alternate (even code point upper, odd lower, or the reverse).
// Each row: first, last (inclusive), 0 if the upper case letter is at even code points, 1 if at odd.
const ALTERNATING: usize = memory.data<u32>([
  0x0100, 0x012f, 0, 0x0132, 0x0137, 0, 0x0139, 0x0148, 1, 0x014a, 0x0177, 0, 0x0179, 0x017e, 1,
  0x0182, 0x0185, 0, 0x01a0, 0x01a5, 0, 0x01b3, 0x01b6, 1, 0x01cd, 0x01dc, 1, 0x01de, 0x01ef, 0,
  0x01f8, 0x021f, 0, 0x0222, 0x0233, 0, 0x0246, 0x024f, 0, 0x0370, 0x0373, 0, 0x03d8, 0x03ef, 0,
  0x0460, 0x0481, 0, 0x048a, 0x04bf, 0, 0x04c1, 0x04ce, 1, 0x04d0, 0x052f, 0, 0x1e00, 0x1e95, 0,
  0x1ea0, 0x1eff, 0, 0x2c80, 0x2ce3, 0, 0xa640, 0xa66d, 0, 0xa680, 0xa69b, 0, 0xa722, 0xa72f, 0,
  0xa732, 0xa76f, 0, 0xa779, 0xa77c, 1, 0xa77e, 0xa787, 0, 0xa790, 0xa793, 0, 0xa796, 0xa7a9, 0,
]);
const ALTERNATING_COUNT: u32 = 90;

// Ranges of upper case letters whose lower case is at a fixed distance: first upper, last upper, distance.
const SHIFTED: usize = memory.data<u32>([
  0x0041, 0x005a, 32, 0x00c0, 0x00d6, 32, 0x00d8, 0x00de, 32, 0x0388, 0x038a, 37, 0x038e, 0x038f, 63,
  0x0391, 0x03a1, 32, 0x03a3, 0x03ab, 32, 0x0400, 0x040f, 80, 0x0410, 0x042f, 32, 0x0531, 0x0556, 48,
  0x10a0, 0x10c5, 7264, 0x1f08, 0x1f0f, 0xfffffff8, 0x1f18, 0x1f1d, 0xfffffff8, 0x1f28, 0x1f2f, 0xfffffff8,
  0x1f38, 0x1f3f, 0xfffffff8, 0x1f48, 0x1f4d, 0xfffffff8, 0x1f68, 0x1f6f, 0xfffffff8, 0x2160, 0x216f, 16,
  0x24b6, 0x24cf, 26, 0x2c00, 0x2c2f, 48, 0xff21, 0xff3a, 32, 0x10400, 0x10427, 40,
]);
const SHIFTED_COUNT: u32 = 66;

// Single pairs outside the regular ranges: upper, lower.
const PAIRS: usize = memory.data<u32>([
  0x0178, 0x00ff, 0x0181, 0x0253, 0x0186, 0x0254, 0x0187, 0x0188, 0x018b, 0x018c, 0x0191, 0x0192,
  0x0198, 0x0199, 0x01a7, 0x01a8, 0x01ac, 0x01ad, 0x01af, 0x01b0, 0x01b8, 0x01b9, 0x01bc, 0x01bd,
  0x01c4, 0x01c6, 0x01c7, 0x01c9, 0x01ca, 0x01cc, 0x01f1, 0x01f3, 0x01f4, 0x01f5, 0x023b, 0x023c,
  0x0241, 0x0242, 0x0376, 0x0377, 0x0386, 0x03ac, 0x038c, 0x03cc, 0x03cf, 0x03d7, 0x03f7, 0x03f8,
  0x03fa, 0x03fb, 0x04c0, 0x04cf, 0x1e9e, 0x00df, 0x2126, 0x03c9, 0x212a, 0x006b, 0x212b, 0x00e5,
  0x2132, 0x214e, 0x2183, 0x2184, 0x0130, 0x0069,
]);
const PAIRS_COUNT: u32 = 66;

// Lower case letters whose upper case is not the inverse of a mapping above: lower, upper.
const EXTRA_UPPER: usize = memory.data<u32>([
  0x00b5, 0x039c, 0x0131, 0x0049, 0x017f, 0x0053, 0x03c2, 0x03a3, 0x03d0, 0x0392, 0x03d1, 0x0398,
  0x03d5, 0x03a6, 0x03d6, 0x03a0, 0x03f0, 0x039a, 0x03f1, 0x03a1, 0x03f5, 0x0395, 0x1e9b, 0x1e60,
  0x1fbe, 0x0399,
]);
const EXTRA_UPPER_COUNT: u32 = 26;

@inline function tableAt(table: usize, i: u32): u32 {
  return load<u32>(table + (<usize>i << 2));
}

/** Simple lower case mapping of a rune (unchanged when it has none or is outside the covered scripts). */
export function toLowerRune(r: u32): u32 {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  for (let i: u32 = 0; i < SHIFTED_COUNT; i += 3) {
    if (r >= tableAt(SHIFTED, i) && r <= tableAt(SHIFTED, i + 1)) return r + tableAt(SHIFTED, i + 2);
  }
  for (let i: u32 = 0; i < ALTERNATING_COUNT; i += 3) {
    if (r >= tableAt(ALTERNATING, i) && r <= tableAt(ALTERNATING, i + 1)) {
      return (r & 1) == tableAt(ALTERNATING, i + 2) ? r + 1 : r;
    }
  }
  for (let i: u32 = 0; i < PAIRS_COUNT; i += 2) {
    if (tableAt(PAIRS, i) == r) return tableAt(PAIRS, i + 1);
  }
  return r;
}

/** Simple upper case mapping of a rune (unchanged when it has none or is outside the covered scripts). */
export function toUpperRune(r: u32): u32 {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  for (let i: u32 = 0; i < EXTRA_UPPER_COUNT; i += 2) {
    if (tableAt(EXTRA_UPPER, i) == r) return tableAt(EXTRA_UPPER, i + 1);
  }
  for (let i: u32 = 0; i < SHIFTED_COUNT; i += 3) {
    const lower = r - tableAt(SHIFTED, i + 2);
    if (lower >= tableAt(SHIFTED, i) && lower <= tableAt(SHIFTED, i + 1)) return lower;
  }
  for (let i: u32 = 0; i < ALTERNATING_COUNT; i += 3) {
    if (r >= tableAt(ALTERNATING, i) && r <= tableAt(ALTERNATING, i + 1)) {
      return (r & 1) != tableAt(ALTERNATING, i + 2) && r > tableAt(ALTERNATING, i) ? r - 1 : r;
    }
  }
  for (let i: u32 = 0; i < PAIRS_COUNT; i += 2) {
    // Mappings into ASCII (Kelvin sign, dotted I) are one-way: upper('k') is 'K', not the Kelvin sign.
    if (tableAt(PAIRS, i + 1) == r && r >= 0x80 && r != 0x00df && r != 0x03c9 && r != 0x00e5) return tableAt(PAIRS, i);
  }
  return r;
}

// UTF-8 decoding as Go's regexp sees text: a malformed or truncated sequence decodes as U+FFFD of width 1.

/** Result of decoding one rune: the rune in the low 32 bits, its byte width in the high 32 bits. */
@inline export function packRune(rune: i32, width: i32): i64 {
  return (<i64>width << 32) | <i64>(<u32>rune);
}

@inline export function runeOf(packed: i64): i32 {
  return <i32>packed;
}

@inline export function widthOf(packed: i64): i32 {
  return <i32>(packed >> 32);
}

const REPLACEMENT: i32 = 0xfffd;

@inline function isCont(b: u32): bool {
  return (b & 0xc0) == 0x80;
}

/** Decodes the rune at `ptr + i` of a `len`-byte buffer; i must be < len. */
export function decodeRune(ptr: usize, len: i32, i: i32): i64 {
  const b0 = <u32>load<u8>(ptr + i);
  if (b0 < 0x80) return packRune(b0, 1);
  const left = len - i;
  if (b0 >= 0xc2 && b0 < 0xe0 && left >= 2) {
    const b1 = <u32>load<u8>(ptr + i + 1);
    if (isCont(b1)) return packRune(((b0 & 0x1f) << 6) | (b1 & 0x3f), 2);
  } else if (b0 >= 0xe0 && b0 < 0xf0 && left >= 3) {
    const b1 = <u32>load<u8>(ptr + i + 1);
    const b2 = <u32>load<u8>(ptr + i + 2);
    if (isCont(b1) && isCont(b2)) {
      const r = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      if (r >= 0x800 && (r < 0xd800 || r > 0xdfff)) return packRune(r, 3);
    }
  } else if (b0 >= 0xf0 && b0 < 0xf5 && left >= 4) {
    const b1 = <u32>load<u8>(ptr + i + 1);
    const b2 = <u32>load<u8>(ptr + i + 2);
    const b3 = <u32>load<u8>(ptr + i + 3);
    if (isCont(b1) && isCont(b2) && isCont(b3)) {
      const r = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      if (r >= 0x10000 && r <= 0x10ffff) return packRune(r, 4);
    }
  }
  return packRune(REPLACEMENT, 1);
}

/** Decodes the rune ending just before `ptr + i` (i > 0), as Go's DecodeLastRune. */
export function decodeLastRune(ptr: usize, i: i32): i64 {
  const last = <u32>load<u8>(ptr + i - 1);
  if (last < 0x80) return packRune(last, 1);
  let start = i - 1;
  const limit = i - 4 < 0 ? 0 : i - 4;
  while (start > limit && isCont(<u32>load<u8>(ptr + start))) start--;
  const packed = decodeRune(ptr, i, start);
  if (start + widthOf(packed) != i) return packRune(REPLACEMENT, 1);
  return packed;
}

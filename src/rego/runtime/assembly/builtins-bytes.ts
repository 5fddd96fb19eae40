// A growable byte buffer in linear memory for built-ins that build strings (concatenation, encoders, JSON
// writers). Layout: +0 u32 address of the bytes, +4 u32 length, +8 u32 capacity. Growing copies into a fresh
// block because the allocator never reuses memory; the finished bytes become a string value without a copy.

import { malloc } from "./alloc";
import { makeString } from "./value";

/** A new empty buffer with room for `cap` bytes. */
export function bufNew(cap: u32): usize {
  if (cap < 16) cap = 16;
  const b = malloc(12);
  store<u32>(b, <u32>malloc(cap));
  store<u32>(b, 0, 4);
  store<u32>(b, cap, 8);
  return b;
}

/** Address of the buffer's bytes (valid until the next append). */
@inline export function bufData(b: usize): usize {
  return <usize>load<u32>(b);
}

/** Number of bytes written. */
@inline export function bufLength(b: usize): u32 {
  return load<u32>(b, 4);
}

function bufReserve(b: usize, extra: u32): void {
  const len = load<u32>(b, 4);
  const cap = load<u32>(b, 8);
  if (len + extra <= cap) return;
  let grown = cap * 2;
  while (grown < len + extra) grown *= 2;
  const bigger = malloc(grown);
  memory.copy(bigger, <usize>load<u32>(b), len);
  store<u32>(b, <u32>bigger);
  store<u32>(b, grown, 8);
}

/** Appends one byte. */
export function bufByte(b: usize, c: u32): void {
  bufReserve(b, 1);
  const len = load<u32>(b, 4);
  store<u8>(<usize>load<u32>(b) + len, <u8>c);
  store<u32>(b, len + 1, 4);
}

/** Appends `n` bytes from `src`. */
export function bufBytes(b: usize, src: usize, n: u32): void {
  if (n == 0) return;
  bufReserve(b, n);
  const len = load<u32>(b, 4);
  memory.copy(<usize>load<u32>(b) + len, src, n);
  store<u32>(b, len + n, 4);
}

/** Appends an ASCII AssemblyScript literal. */
export function bufAscii(b: usize, text: string): void {
  for (let i = 0; i < text.length; i++) bufByte(b, <u32>text.charCodeAt(i));
}

/** Appends the bytes of a string value. */
export function bufStringValue(b: usize, s: usize): void {
  bufBytes(b, <usize>load<u32>(s, 8), load<u32>(s, 4));
}

/** Appends the decimal digits of a signed integer. */
export function bufInt(b: usize, n: i64): void {
  if (n < 0) {
    bufByte(b, 0x2d);
    // Negate through u64 so i64.MIN_VALUE is printed correctly.
    bufUint(b, <u64>0 - <u64>n);
  } else {
    bufUint(b, <u64>n);
  }
}

function bufUint(b: usize, n: u64): void {
  let digits: u32 = 1;
  for (let t = n; t >= 10; t /= 10) digits++;
  bufReserve(b, digits);
  const at = <usize>load<u32>(b) + load<u32>(b, 4);
  for (let i = digits; i > 0; i--) {
    store<u8>(at + i - 1, <u8>(48 + <u32>(n % 10)));
    n /= 10;
  }
  store<u32>(b, load<u32>(b, 4) + digits, 4);
}

/** The buffer's bytes as a new string value (the buffer must not be appended to afterwards). */
export function bufToString(b: usize): usize {
  return makeString(<usize>load<u32>(b), load<u32>(b, 4));
}

/** True when `n` bytes at `a` equal `n` bytes at `b`. */
export function bytesEqual(a: usize, b: usize, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) {
    if (load<u8>(a + i) != load<u8>(b + i)) return false;
  }
  return true;
}

/** Byte offset of the first occurrence of needle in haystack at or after `from`, or -1. */
export function bytesIndexOf(h: usize, hn: u32, n: usize, nn: u32, from: u32): i32 {
  if (nn == 0) return from <= hn ? <i32>from : -1;
  if (nn > hn) return -1;
  const first = load<u8>(n);
  for (let i = from; i + nn <= hn; i++) {
    if (load<u8>(h + i) == first && bytesEqual(h + i, n, nn)) return <i32>i;
  }
  return -1;
}

// Magnitude arithmetic on little-endian base-1e9 limb vectors (u32 per limb) in linear memory: the exact
// integer core under the decimal numbers. Results are fresh heap buffers; lengths are normalised (no high zeros).

import { malloc, wordBytes } from "./alloc";

/** The limb base. */
export const BASE: u32 = 1000000000;

/** Powers of ten that fit one limb. */
export function pow10u32(k: u32): u32 {
  let p: u32 = 1;
  for (let i: u32 = 0; i < k; i++) p *= 10;
  return p;
}

@inline export function limb(p: usize, i: u32): u32 {
  return load<u32>(p + (<usize>i << 2));
}

@inline function setLimb(p: usize, i: u32, v: u32): void {
  store<u32>(p + (<usize>i << 2), v);
}

/** Length without high zero limbs. */
export function normLength(p: usize, n: u32): u32 {
  while (n > 0 && limb(p, n - 1) == 0) n--;
  return n;
}

/** Magnitude compare: <0, 0, >0. */
export function compareMag(a: usize, an: u32, b: usize, bn: u32): i32 {
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = an; i > 0; i--) {
    const x = limb(a, i - 1);
    const y = limb(b, i - 1);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Result holder for operations that return a buffer and its length. */
export let resultLength: u32 = 0;
/** Second result of divMod: the remainder buffer (its length is remainderLength). */
export let remainderBuffer: usize = 0;
/** Length of remainderBuffer. */
export let remainderLength: u32 = 0;

/** a + b. */
export function addMag(a: usize, an: u32, b: usize, bn: u32): usize {
  if (an < bn) return addMag(b, bn, a, an);
  const r = malloc((<usize>an + 1) << 2);
  let carry: u32 = 0;
  for (let i: u32 = 0; i < an; i++) {
    let s = limb(a, i) + carry + (i < bn ? limb(b, i) : 0);
    carry = 0;
    if (s >= BASE) { s -= BASE; carry = 1; }
    setLimb(r, i, s);
  }
  setLimb(r, an, carry);
  resultLength = normLength(r, an + 1);
  return r;
}

/** a - b, requires a >= b. */
export function subMag(a: usize, an: u32, b: usize, bn: u32): usize {
  const r = malloc(wordBytes(an));
  let borrow: i64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    let d = <i64>limb(a, i) - borrow - <i64>(i < bn ? limb(b, i) : 0);
    borrow = 0;
    if (d < 0) { d += BASE; borrow = 1; }
    setLimb(r, i, <u32>d);
  }
  resultLength = normLength(r, an);
  return r;
}

/** a * b. */
export function mulMag(a: usize, an: u32, b: usize, bn: u32): usize {
  const n = an + bn;
  const r = malloc(wordBytes(n));
  memory.fill(r, 0, <usize>n << 2);
  for (let i: u32 = 0; i < an; i++) {
    const x = <u64>limb(a, i);
    if (x == 0) continue;
    let carry: u64 = 0;
    for (let j: u32 = 0; j < bn; j++) {
      const t = x * <u64>limb(b, j) + <u64>limb(r, i + j) + carry;
      setLimb(r, i + j, <u32>(t % BASE));
      carry = t / BASE;
    }
    let k = i + bn;
    while (carry != 0) {
      const t = <u64>limb(r, k) + carry;
      setLimb(r, k, <u32>(t % BASE));
      carry = t / BASE;
      k++;
    }
  }
  resultLength = normLength(r, n);
  return r;
}

/** a * m + add, m and add below BASE. */
export function mulSmallMag(a: usize, an: u32, m: u32, add: u32): usize {
  const r = malloc((<usize>an + 1) << 2);
  let carry: u64 = add;
  for (let i: u32 = 0; i < an; i++) {
    const t = <u64>limb(a, i) * <u64>m + carry;
    setLimb(r, i, <u32>(t % BASE));
    carry = t / BASE;
  }
  setLimb(r, an, <u32>carry);
  resultLength = normLength(r, an + 1);
  return r;
}

/** a * 10^k. */
export function scale10Mag(a: usize, an: u32, k: u32): usize {
  if (an == 0) { resultLength = 0; return a; }
  const shift = k / 9;
  const small = pow10u32(k % 9);
  const n = an + shift;
  const r = malloc(<usize>n << 2);
  memory.fill(r, 0, <usize>shift << 2);
  memory.copy(r + (<usize>shift << 2), a, <usize>an << 2);
  if (small == 1) { resultLength = n; return r; }
  return mulSmallMag(r, n, small, 0);
}

/** Remainder of the last divSmallMag. */
export let smallRemainder: u32 = 0;

/** a / d for a one-limb divisor d; the remainder goes to smallRemainder. */
export function divSmallMag(a: usize, an: u32, d: u32): usize {
  const r = malloc(wordBytes(an));
  let rem: u64 = 0;
  for (let i = an; i > 0; i--) {
    const cur = rem * BASE + <u64>limb(a, i - 1);
    setLimb(r, i - 1, <u32>(cur / d));
    rem = cur % d;
  }
  smallRemainder = <u32>rem;
  resultLength = normLength(r, an);
  return r;
}

/** Quotient of a / b (b non-zero); the remainder goes to remainderBuffer/remainderLength. */
export function divMod(a: usize, an: u32, b: usize, bn: u32): usize {
  if (bn == 1) {
    const q = divSmallMag(a, an, limb(b, 0));
    const ql = resultLength;
    remainderBuffer = malloc(4);
    store<u32>(remainderBuffer, smallRemainder);
    remainderLength = smallRemainder == 0 ? 0 : 1;
    resultLength = ql;
    return q;
  }
  const q = malloc(wordBytes(an));
  // Running remainder, at most bn + 1 limbs.
  let rem = malloc((<usize>bn + 2) << 2);
  let remLen: u32 = 0;
  for (let i = an; i > 0; i--) {
    // rem = rem * BASE + a[i-1]
    memory.copy(rem + 4, rem, <usize>remLen << 2);
    store<u32>(rem, limb(a, i - 1));
    remLen = normLength(rem, remLen + 1);
    // Largest digit qd with b * qd <= rem, by binary search over [0, BASE).
    let lo: u32 = 0;
    let hi: u32 = BASE - 1;
    while (lo < hi) {
      const mid = lo + (hi - lo + 1) / 2;
      const prod = mulSmallMag(b, bn, mid, 0);
      if (compareMag(prod, resultLength, rem, remLen) <= 0) lo = mid; else hi = mid - 1;
    }
    setLimb(q, i - 1, lo);
    if (lo != 0) {
      const prod = mulSmallMag(b, bn, lo, 0);
      const diff = subMag(rem, remLen, prod, resultLength);
      remLen = resultLength;
      memory.copy(rem, diff, <usize>remLen << 2);
    }
  }
  remainderBuffer = rem;
  remainderLength = remLen;
  resultLength = normLength(q, an);
  return q;
}

/** Number of decimal digits of a magnitude (0 for zero). */
export function digitCount(a: usize, an: u32): u32 {
  if (an == 0) return 0;
  let top = limb(a, an - 1);
  let d: u32 = 0;
  while (top > 0) { d++; top /= 10; }
  return (an - 1) * 9 + d;
}

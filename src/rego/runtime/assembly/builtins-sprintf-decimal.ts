// Exact decimal digits of float64 values, for sprintf's %e %f %g %v as Go's strconv formats them: a multiprecision
// decimal (digits + decimal point) shifted by powers of two, rounded half to even on the exact expansion, the
// shortest digits that read back as the same float64, and correctly rounded text → float64 (what Go's
// ParseFloat gives OPA's sprintf for a non-integer number).

import { malloc } from "./alloc";

/** Room for every digit of a float64's exact expansion (at most 767 significant digits) and parsed text. */
const MAX_DIGITS: i32 = 800;
const MAX_SHIFT: i32 = 60;

// A decimal is a block: +0 i32 digit count, +4 i32 decimal point (value = 0.d1d2… × 10^dp), +8 u8 truncated,
// +12 ASCII digits ('0'…'9'), no trailing zeros.
@inline function digitsOf(d: usize): usize { return d + 12; }
/** Number of digits. */
@inline export function decNd(d: usize): i32 { return load<i32>(d); }
@inline function setNd(d: usize, n: i32): void { store<i32>(d, n); }
/** Decimal point position. */
@inline export function decDp(d: usize): i32 { return load<i32>(d, 4); }
@inline function setDp(d: usize, n: i32): void { store<i32>(d, n, 4); }
@inline function truncated(d: usize): bool { return load<u8>(d, 8) != 0; }
/** Digit `i` as an ASCII byte. */
@inline export function decDigit(d: usize, i: i32): u8 { return load<u8>(digitsOf(d) + <usize>i); }
@inline function setDigit(d: usize, i: i32, c: u8): void { store<u8>(digitsOf(d) + <usize>i, c); }

/** A new zero decimal. */
export function decNew(): usize {
  const d = malloc(12 + <usize>MAX_DIGITS);
  store<i32>(d, 0);
  store<i32>(d, 0, 4);
  store<u32>(d, 0, 8);
  return d;
}

function trim(d: usize): void {
  let n = decNd(d);
  while (n > 0 && decDigit(d, n - 1) == 48) n--;
  setNd(d, n);
  if (n == 0) setDp(d, 0);
}

/** Sets the decimal to an unsigned integer. */
export function decAssign(d: usize, v: u64): void {
  let n: i32 = 0;
  let x = v;
  while (x > 0) { n++; x /= 10; }
  x = v;
  for (let i = n - 1; i >= 0; i--) { setDigit(d, i, <u8>(48 + x % 10)); x /= 10; }
  setNd(d, n);
  setDp(d, n);
  store<u8>(d, 0, 8);
  trim(d);
}

// Multiplies by 2^k (k <= MAX_SHIFT), right to left with the carry.
function leftShift(d: usize, k: i32): void {
  const nd = decNd(d);
  const tmp = malloc(<usize>nd + 24);
  let pos: i32 = nd + 23;
  let carry: u64 = 0;
  for (let i = nd - 1; i >= 0; i--) {
    const n = ((<u64>(decDigit(d, i) - 48)) << k) + carry;
    store<u8>(tmp + <usize>(pos--), <u8>(48 + n % 10));
    carry = n / 10;
  }
  while (carry > 0) {
    store<u8>(tmp + <usize>(pos--), <u8>(48 + carry % 10));
    carry /= 10;
  }
  const count = nd + 23 - pos;
  memory.copy(digitsOf(d), tmp + <usize>pos + 1, <usize>count);
  setDp(d, decDp(d) + count - nd);
  setNd(d, count);
  trim(d);
}

// Divides by 2^k (k <= MAX_SHIFT), left to right; digits beyond MAX_DIGITS mark the decimal truncated.
function rightShift(d: usize, k: i32): void {
  const nd = decNd(d);
  let r: i32 = 0;
  let w: i32 = 0;
  let n: u64 = 0;
  for (; (n >> k) == 0; r++) {
    if (r >= nd) {
      if (n == 0) { setNd(d, 0); return; }
      while ((n >> k) == 0) { n *= 10; r++; }
      break;
    }
    n = n * 10 + <u64>(decDigit(d, r) - 48);
  }
  setDp(d, decDp(d) - r + 1);
  const mask: u64 = (<u64>1 << k) - 1;
  for (; r < nd; r++) {
    const c = decDigit(d, r);
    const dig = n >> k;
    n &= mask;
    setDigit(d, w++, <u8>(48 + dig));
    n = n * 10 + <u64>(c - 48);
  }
  while (n > 0) {
    const dig = n >> k;
    n &= mask;
    if (w < MAX_DIGITS) setDigit(d, w++, <u8>(48 + dig));
    else if (dig > 0) store<u8>(d, 1, 8);
    n *= 10;
  }
  setNd(d, w);
  trim(d);
}

/** Multiplies by 2^k (divides for negative k). */
export function decShift(d: usize, k: i32): void {
  if (decNd(d) == 0) return;
  while (k > MAX_SHIFT) { leftShift(d, MAX_SHIFT); k -= MAX_SHIFT; }
  if (k > 0) leftShift(d, k);
  while (k < -MAX_SHIFT) { rightShift(d, MAX_SHIFT); k += MAX_SHIFT; }
  if (k < 0) rightShift(d, -k);
}

// Whether cutting to nd digits rounds up: above half, or exactly half and the kept digit odd (to even).
function shouldRoundUp(d: usize, nd: i32): bool {
  if (decDigit(d, nd) == 53 && nd + 1 == decNd(d)) {
    if (truncated(d)) return true;
    return nd > 0 && (decDigit(d, nd - 1) - 48) % 2 == 1;
  }
  return decDigit(d, nd) >= 53;
}

/** Cuts to nd digits, dropping the rest. */
export function decRoundDown(d: usize, nd: i32): void {
  if (nd < 0 || nd >= decNd(d)) return;
  setNd(d, nd);
  trim(d);
}

/** Cuts to nd digits, adding one unit in the last kept place. */
export function decRoundUp(d: usize, nd: i32): void {
  if (nd < 0 || nd >= decNd(d)) return;
  let i = nd - 1;
  while (i >= 0 && decDigit(d, i) == 57) i--;
  if (i < 0) {
    setDigit(d, 0, 49);
    setNd(d, 1);
    setDp(d, decDp(d) + 1);
    return;
  }
  setDigit(d, i, decDigit(d, i) + 1);
  setNd(d, i + 1);
}

/** Rounds to nd digits, half to even. */
export function decRound(d: usize, nd: i32): void {
  if (nd < 0 || nd >= decNd(d)) return;
  if (shouldRoundUp(d, nd)) decRoundUp(d, nd);
  else decRoundDown(d, nd);
}

/** The decimal of a float64's magnitude: mant × 2^(exp − 52) with the implicit bit and bias applied. */
export function decOfFloat(mant: u64, exp: i32): usize {
  const d = decNew();
  decAssign(d, mant);
  decShift(d, exp - 52);
  return d;
}

/**
 * Rounds `d` (the exact decimal of mant × 2^(exp − 52)) to the fewest digits that still read back as the same
 * float64: every candidate between the midpoints to the neighbouring floats qualifies (both ends too for an even
 * mantissa, where reading rounds to even).
 */
export function decRoundShortest(d: usize, mant: u64, exp: i32): void {
  if (mant == 0) { setNd(d, 0); return; }
  const minExp: i32 = -1022;
  // An integer with few enough digits is exact already.
  if (exp > minExp && 332 * (decDp(d) - decNd(d)) >= 100 * (exp - 52)) return;
  const upper = decNew();
  decAssign(upper, mant * 2 + 1);
  decShift(upper, exp - 52 - 1);
  let mantLo: u64;
  let expLo: i32;
  if (mant > (<u64>1 << 52) || exp == minExp) { mantLo = mant - 1; expLo = exp; }
  else { mantLo = mant * 2 - 1; expLo = exp - 1; }
  const lower = decNew();
  decAssign(lower, mantLo * 2 + 1);
  decShift(lower, expLo - 52 - 1);
  const inclusive = mant % 2 == 0;
  let upperDelta: u8 = 0;
  for (let ui: i32 = 0; ; ui++) {
    const mi = ui - decDp(upper) + decDp(d);
    if (mi >= decNd(d)) break;
    const li = ui - decDp(upper) + decDp(lower);
    const l: u8 = li >= 0 && li < decNd(lower) ? decDigit(lower, li) : 48;
    const m: u8 = mi >= 0 ? decDigit(d, mi) : 48;
    const u: u8 = ui < decNd(upper) ? decDigit(upper, ui) : 48;
    const okDown = l != m || (inclusive && li + 1 == decNd(lower));
    if (upperDelta == 0 && m + 1 < u) upperDelta = 2;
    else if (upperDelta == 0 && m != u) upperDelta = 1;
    else if (upperDelta == 1 && (m != 57 || u != 48)) upperDelta = 2;
    const okUp = upperDelta > 0 && (inclusive || upperDelta > 1 || ui + 1 < decNd(upper));
    if (okDown && okUp) { decRound(d, mi + 1); return; }
    if (okDown) { decRoundDown(d, mi + 1); return; }
    if (okUp) { decRoundUp(d, mi + 1); return; }
  }
}

/** Whether the last parseFloat64 overflowed to infinity (Go's ParseFloat range error). */
export let parseOverflow: bool = false;

const POW_STEPS: StaticArray<i32> = [1, 3, 6, 9, 13, 16, 19, 23, 26];

function powStep(n: i32): i32 {
  return n >= POW_STEPS.length ? 27 : POW_STEPS[n];
}

// Reads JSON number text into a decimal; returns the sign.
function readText(d: usize, text: usize, len: u32): bool {
  let i: u32 = 0;
  const neg = len > 0 && load<u8>(text) == 45;
  if (neg) i++;
  let nd: i32 = 0;
  let dp: i32 = 0;
  let sawDot = false;
  let sawDigits = false;
  for (; i < len; i++) {
    const c = load<u8>(text + i);
    if (c == 46) { sawDot = true; dp = nd; continue; }
    if (c < 48 || c > 57) break;
    sawDigits = true;
    if (c == 48 && nd == 0) { dp--; continue; }
    if (nd < MAX_DIGITS) setDigit(d, nd++, c);
    else if (c != 48) store<u8>(d, 1, 8);
  }
  // Leading zeros move the point left; without a point it sits after the digits kept.
  if (!sawDot) dp = nd;
  let e: i32 = 0;
  if (i < len && (load<u8>(text + i) | 0x20) == 101) {
    i++;
    let eneg = false;
    if (i < len && (load<u8>(text + i) == 43 || load<u8>(text + i) == 45)) { eneg = load<u8>(text + i) == 45; i++; }
    for (; i < len; i++) {
      const c = load<u8>(text + i);
      if (e < 10000) e = e * 10 + <i32>(c - 48);
    }
    if (eneg) e = -e;
  }
  setNd(d, sawDigits ? nd : 0);
  setDp(d, dp + e);
  trim(d);
  return neg;
}

/** The float64 nearest to JSON number text (ties to even); sets parseOverflow when beyond float64. */
export function parseFloat64(text: usize, len: u32): f64 {
  parseOverflow = false;
  const d = decNew();
  const neg = readText(d, text, len);
  const sign: u64 = neg ? <u64>1 << 63 : 0;
  if (decNd(d) == 0) return reinterpret<f64>(sign);
  if (decDp(d) > 310) { parseOverflow = true; return reinterpret<f64>(sign | 0x7ff0000000000000); }
  if (decDp(d) < -330) return reinterpret<f64>(sign);
  let exp: i32 = 0;
  while (decDp(d) > 0) {
    const n = powStep(decDp(d));
    decShift(d, -n);
    exp += n;
  }
  while (decDp(d) < 0 || (decDp(d) == 0 && decDigit(d, 0) < 53)) {
    const n = powStep(-decDp(d));
    decShift(d, n);
    exp -= n;
  }
  // Now d is in [1/2, 1): the float is d × 2^exp with a mantissa in [1, 2) for exp − 1.
  exp--;
  const bias: i32 = -1023;
  if (exp < bias + 1) {
    const n = bias + 1 - exp;
    decShift(d, -n);
    exp += n;
  }
  if (exp - bias >= 0x7ff) { parseOverflow = true; return reinterpret<f64>(sign | 0x7ff0000000000000); }
  decShift(d, 53);
  let mant = roundedInteger(d);
  if (mant == (<u64>2 << 52)) {
    mant >>= 1;
    exp++;
    if (exp - bias >= 0x7ff) { parseOverflow = true; return reinterpret<f64>(sign | 0x7ff0000000000000); }
  }
  if ((mant & (<u64>1 << 52)) == 0) exp = bias;
  const bits = (mant & ((<u64>1 << 52) - 1)) | (<u64>((exp - bias) & 0x7ff) << 52);
  return reinterpret<f64>(sign | bits);
}

function roundedInteger(d: usize): u64 {
  if (decDp(d) > 20) return 0xffffffffffffffff;
  let i: i32 = 0;
  let n: u64 = 0;
  for (; i < decDp(d) && i < decNd(d); i++) n = n * 10 + <u64>(decDigit(d, i) - 48);
  for (; i < decDp(d); i++) n *= 10;
  if (decDp(d) >= 0 && decDp(d) < decNd(d) && shouldRoundUp(d, decDp(d))) n++;
  return n;
}

// Exact decimal numbers: sign, base-1e9 coefficient and a power-of-ten exponent, parsed from JSON number text.
// + - * are exact at any size (OPA uses libmpdec's max context); / keeps 18 significant digits rounded half up
// (libmpdec's default context, as OPA's runtime uses it). Decimals are scratch values on the heap.

import { malloc, wordBytes } from "./alloc";
import {
  addMag, compareMag, digitCount, divMod, divSmallMag, limb, mulMag, mulSmallMag, normLength, remainderBuffer,
  remainderLength, resultLength, scale10Mag, subMag,
} from "./bigint";

/** A decimal: (-1)^neg × coefficient × 10^exp. */
@unmanaged export class Decimal {
  neg: u32;
  exp: i32;
  len: u32;
  limbs: usize;
}

const EXP_LIMIT: i64 = 1000000000;

/** A decimal with the given fields. */
export function makeDecimal(neg: bool, exp: i32, limbs: usize, len: u32): Decimal {
  const d = changetype<Decimal>(malloc(16));
  d.neg = len == 0 ? 0 : (neg ? 1 : 0);
  d.exp = len == 0 ? 0 : exp;
  d.len = len;
  d.limbs = limbs;
  return d;
}

/** Whether a decimal is zero. */
@inline export function decIsZero(d: Decimal): bool {
  return d.len == 0;
}

/** A decimal from an i64. */
export function decFromI64(n: i64): Decimal {
  const limbs = malloc(12);
  let m: u64 = n < 0 ? <u64>(-n) : <u64>n; // i64.MIN negates to itself, read back as 2^63 unsigned
  let len: u32 = 0;
  while (m != 0) {
    store<u32>(limbs + (<usize>len << 2), <u32>(m % 1000000000));
    m /= 1000000000;
    len++;
  }
  return makeDecimal(n < 0, 0, limbs, len);
}

/** Parses JSON number syntax (-?digits(.digits)?([eE][+-]?digits)?); null if malformed. */
export function decFromText(text: usize, len: u32): Decimal | null {
  let i: u32 = 0;
  let neg = false;
  if (i < len && load<u8>(text) == 45) { neg = true; i++; }
  const digits = malloc(len + 1);
  let nd: u32 = 0;
  let frac: i64 = 0;
  let seenDigit = false;
  let seenPoint = false;
  for (; i < len; i++) {
    const c = load<u8>(text + i);
    if (c >= 48 && c <= 57) {
      seenDigit = true;
      if (seenPoint) frac++;
      if (nd > 0 || c != 48) store<u8>(digits + nd++, c - 48);
    } else if (c == 46 && !seenPoint) {
      seenPoint = true;
    } else break;
  }
  if (!seenDigit) return null;
  let exp: i64 = 0;
  if (i < len) {
    const c = load<u8>(text + i);
    if (c != 101 && c != 69) return null;
    i++;
    let eneg = false;
    if (i < len && (load<u8>(text + i) == 43 || load<u8>(text + i) == 45)) { eneg = load<u8>(text + i) == 45; i++; }
    if (i >= len) return null;
    for (; i < len; i++) {
      const e = load<u8>(text + i);
      if (e < 48 || e > 57) return null;
      if (exp < EXP_LIMIT) exp = exp * 10 + (e - 48);
    }
    if (eneg) exp = -exp;
  }
  const nl = (nd + 8) / 9;
  const limbs = malloc(wordBytes(nl));
  for (let l: u32 = 0; l < nl; l++) {
    let v: u32 = 0;
    const hiDigit = nd - l * 9; // exclusive end of this limb's digits
    const loDigit = hiDigit >= 9 ? hiDigit - 9 : 0;
    for (let k = loDigit; k < hiDigit; k++) v = v * 10 + load<u8>(digits + k);
    store<u32>(limbs + (<usize>l << 2), v);
  }
  let e = exp - frac;
  if (e > EXP_LIMIT) e = EXP_LIMIT;
  if (e < -EXP_LIMIT) e = -EXP_LIMIT;
  return makeDecimal(neg, <i32>e, limbs, normLength(limbs, nl));
}

/** The decimal with trailing zero digits moved into the exponent. */
export function decNormalize(d: Decimal): Decimal {
  if (d.len == 0) return d;
  let limbs = d.limbs;
  let len = d.len;
  let exp = <i64>d.exp;
  let skip: u32 = 0;
  while (skip < len - 1 && limb(limbs, skip) == 0) skip++;
  if (skip > 0) {
    limbs += <usize>skip << 2;
    len -= skip;
    exp += <i64>skip * 9;
  }
  while (limb(limbs, 0) % 10 == 0) {
    limbs = divSmallMag(limbs, len, 10);
    len = resultLength;
    exp++;
  }
  return makeDecimal(d.neg != 0, <i32>exp, limbs, len);
}

/** Compares two decimals numerically. */
export function decCompare(a: Decimal, b: Decimal): i32 {
  const an = a.len != 0 && a.neg != 0;
  const bn = b.len != 0 && b.neg != 0;
  if (a.len == 0 && b.len == 0) return 0;
  if (an != bn) return an ? -1 : 1;
  if (a.len == 0) return bn ? 1 : -1;
  if (b.len == 0) return an ? -1 : 1;
  const c = compareAbs(a, b);
  return an ? -c : c;
}

function compareAbs(a: Decimal, b: Decimal): i32 {
  // Compare by adjusted exponent (position of the leading digit) first to avoid scaling huge exponents.
  const adjA = <i64>a.exp + digitCount(a.limbs, a.len);
  const adjB = <i64>b.exp + digitCount(b.limbs, b.len);
  if (adjA != adjB) return adjA < adjB ? -1 : 1;
  if (a.exp == b.exp) return compareMag(a.limbs, a.len, b.limbs, b.len);
  if (a.exp > b.exp) {
    const s = scale10Mag(a.limbs, a.len, <u32>(a.exp - b.exp));
    return compareMag(s, resultLength, b.limbs, b.len);
  }
  const s = scale10Mag(b.limbs, b.len, <u32>(b.exp - a.exp));
  return compareMag(a.limbs, a.len, s, resultLength);
}

/** a + b (exact). */
export function decAdd(a: Decimal, b: Decimal): Decimal {
  return addSigned(a, b, false);
}

/** a - b (exact). */
export function decSub(a: Decimal, b: Decimal): Decimal {
  return addSigned(a, b, true);
}

function addSigned(a: Decimal, b: Decimal, negateB: bool): Decimal {
  const bneg = (b.neg != 0) != negateB;
  if (b.len == 0) return a;
  if (a.len == 0) return makeDecimal(bneg, b.exp, b.limbs, b.len);
  const exp = a.exp < b.exp ? a.exp : b.exp;
  let al = a.limbs, an = a.len, bl = b.limbs, bn = b.len;
  if (a.exp > exp) { al = scale10Mag(al, an, <u32>(a.exp - exp)); an = resultLength; }
  if (b.exp > exp) { bl = scale10Mag(bl, bn, <u32>(b.exp - exp)); bn = resultLength; }
  const aneg = a.neg != 0;
  if (aneg == bneg) {
    const r = addMag(al, an, bl, bn);
    return makeDecimal(aneg, exp, r, resultLength);
  }
  const c = compareMag(al, an, bl, bn);
  if (c == 0) return makeDecimal(false, 0, al, 0);
  if (c > 0) {
    const r = subMag(al, an, bl, bn);
    return makeDecimal(aneg, exp, r, resultLength);
  }
  const r = subMag(bl, bn, al, an);
  return makeDecimal(bneg, exp, r, resultLength);
}

/** a × b (exact). */
export function decMul(a: Decimal, b: Decimal): Decimal {
  const r = mulMag(a.limbs, a.len, b.limbs, b.len);
  return makeDecimal((a.neg != 0) != (b.neg != 0), clampExp(<i64>a.exp + b.exp), r, resultLength);
}

function clampExp(e: i64): i32 {
  if (e > EXP_LIMIT) return <i32>EXP_LIMIT;
  if (e < -EXP_LIMIT) return <i32>-EXP_LIMIT;
  return <i32>e;
}

const DIV_DIGITS: u32 = 18;

/** a / b to 18 significant digits, rounded half up; null when b is zero. */
export function decDiv(a: Decimal, b: Decimal): Decimal | null {
  if (b.len == 0) return null;
  if (a.len == 0) return a;
  const da = digitCount(a.limbs, a.len);
  const db = digitCount(b.limbs, b.len);
  // Scale the dividend so the integer quotient has at least 19 digits (one more than kept).
  const want = <i64>db - <i64>da + DIV_DIGITS + 2;
  const s: u32 = want > 0 ? <u32>want : 0;
  let al = a.limbs, an = a.len;
  if (s > 0) { al = scale10Mag(al, an, s); an = resultLength; }
  let q = divMod(al, an, b.limbs, b.len);
  let ql = resultLength;
  const nd = digitCount(q, ql);
  let exp = <i64>a.exp - <i64>b.exp - s;
  if (nd > DIV_DIGITS) {
    const drop = nd - DIV_DIGITS;
    const divisor = scale10Mag(oneLimb(), 1, drop);
    const divisorLen = resultLength;
    q = divMod(q, ql, divisor, divisorLen);
    ql = resultLength;
    // Half up: the dropped digits decide; the discarded remainder of the first division only adds a fraction.
    const half = mulSmallMag(divisor, divisorLen, 5, 0);
    const halfq = divSmallMag(half, resultLength, 10);
    if (compareMag(remainderBuffer, remainderLength, halfq, resultLength) >= 0) {
      q = addMag(q, ql, oneLimb(), 1);
      ql = resultLength;
    }
    exp += drop;
  }
  return decNormalize(makeDecimal((a.neg != 0) != (b.neg != 0), clampExp(exp), q, ql));
}

function oneLimb(): usize {
  const p = malloc(4);
  store<u32>(p, 1);
  return p;
}

/** Whether a (normalised or not) decimal is an integer. */
export function decIsInteger(d: Decimal): bool {
  if (d.len == 0 || d.exp >= 0) return true;
  return decNormalize(d).exp >= 0;
}

/** The coefficient of an integral decimal with exponent 0 (callers ensure decIsInteger). */
export function decToIntegerMag(d: Decimal): Decimal {
  const n = decNormalize(d);
  if (n.exp <= 0) return n;
  const r = scale10Mag(n.limbs, n.len, <u32>n.exp);
  return makeDecimal(n.neg != 0, 0, r, resultLength);
}

/** Integer remainder a % b with the sign of a (truncated division); null when b is zero. Both must be integers. */
export function decRem(a: Decimal, b: Decimal): Decimal | null {
  if (b.len == 0) return null;
  const ai = decToIntegerMag(a);
  const bi = decToIntegerMag(b);
  divMod(ai.limbs, ai.len, bi.limbs, bi.len);
  return makeDecimal(ai.neg != 0, 0, remainderBuffer, remainderLength);
}

/** Integer quotient of a / b truncated toward zero (both integers, b non-zero). */
export function decIntDiv(a: Decimal, b: Decimal): Decimal {
  const ai = decToIntegerMag(a);
  const bi = decToIntegerMag(b);
  const q = divMod(ai.limbs, ai.len, bi.limbs, bi.len);
  return makeDecimal((ai.neg != 0) != (bi.neg != 0), 0, q, resultLength);
}

/** Rounding modes for decToIntegral. */
export const ROUND_HALF_AWAY: i32 = 0;
export const ROUND_FLOOR: i32 = 1;
export const ROUND_CEIL: i32 = 2;

/** Rounds to an integer: half away from zero (round), toward -inf (floor) or +inf (ceil). */
export function decToIntegral(d: Decimal, mode: i32): Decimal {
  if (d.len == 0 || d.exp >= 0) return d;
  const k = <u32>(-d.exp);
  const divisor = scale10Mag(oneLimb(), 1, k);
  const divisorLen = resultLength;
  let q = divMod(d.limbs, d.len, divisor, divisorLen);
  let ql = resultLength;
  const remLen = remainderLength;
  const rem = remainderBuffer;
  let up = false;
  if (remLen != 0) {
    if (mode == ROUND_HALF_AWAY) {
      const twice = addMag(rem, remLen, rem, remLen);
      up = compareMag(twice, resultLength, divisor, divisorLen) >= 0;
    } else if (mode == ROUND_FLOOR) {
      up = d.neg != 0;
    } else {
      up = d.neg == 0;
    }
  }
  if (up) { q = addMag(q, ql, oneLimb(), 1); ql = resultLength; }
  return makeDecimal(d.neg != 0, 0, q, ql);
}

/** The absolute value. */
export function decAbs(d: Decimal): Decimal {
  return makeDecimal(false, d.exp, d.limbs, d.len);
}

/** Whether the last decToI64 succeeded. */
export let decI64Ok: bool = false;

/** The value as i64 when it is an integer in range; sets decI64Ok accordingly. */
export function decToI64(d: Decimal): i64 {
  decI64Ok = false;
  if (!decIsInteger(d)) return 0;
  const n = decNormalize(d);
  if (n.len == 0) { decI64Ok = true; return 0; }
  if (<i64>n.exp + digitCount(n.limbs, n.len) > 19) return 0;
  let m: u64 = 0;
  for (let i = n.len; i > 0; i--) {
    const next = m * 1000000000 + limb(n.limbs, i - 1);
    if (next / 1000000000 != m) return 0;
    m = next;
  }
  for (let e: i32 = 0; e < n.exp; e++) {
    if (m > 0xFFFFFFFFFFFFFFFF / 10) return 0;
    m *= 10;
  }
  if (n.neg != 0) {
    if (m > 0x8000000000000000) return 0;
    decI64Ok = true;
    return <i64>(0 - m);
  }
  if (m > 0x7FFFFFFFFFFFFFFF) return 0;
  decI64Ok = true;
  return <i64>m;
}

/** Writes the coefficient's decimal digits at `out`; returns the count. */
export function decWriteDigits(d: Decimal, out: usize): u32 {
  if (d.len == 0) { store<u8>(out, 48); return 1; }
  let p = out;
  let top = limb(d.limbs, d.len - 1);
  const topDigits = digitCount(d.limbs, d.len) - (d.len - 1) * 9;
  for (let i = topDigits; i > 0; i--) {
    store<u8>(p + i - 1, <u8>(48 + top % 10));
    top /= 10;
  }
  p += topDigits;
  for (let l = d.len - 1; l > 0; l--) {
    let v = limb(d.limbs, l - 1);
    for (let i: u32 = 9; i > 0; i--) {
      store<u8>(p + i - 1, <u8>(48 + v % 10));
      v /= 10;
    }
    p += 9;
  }
  return <u32>(p - out);
}

/** Length of the text returned by the last decToText. */
export let decTextLength: u32 = 0;

const PLAIN_LIMIT: i64 = 400;

/** Renders a decimal as JSON number text: integers in full, fractions as plain decimals, extremes in e-notation. */
export function decToText(d: Decimal): usize {
  const n = decNormalize(d);
  const nd = digitCount(n.limbs, n.len);
  const out = malloc(<usize>nd + <usize>PLAIN_LIMIT + 32);
  let p = out;
  if (n.neg != 0) store<u8>(p++, 45);
  const digits = malloc(nd > 0 ? nd : 1);
  const count = decWriteDigits(n, digits);
  const adjusted = <i64>n.exp + count; // position of the decimal point relative to the first digit
  if (n.exp >= 0 && adjusted <= PLAIN_LIMIT) {
    memory.copy(p, digits, count);
    p += count;
    memory.fill(p, 48, <usize>n.exp);
    p += n.exp;
  } else if (n.exp < 0 && adjusted > 0) {
    memory.copy(p, digits, <usize>adjusted);
    p += <usize>adjusted;
    store<u8>(p++, 46);
    memory.copy(p, digits + <usize>adjusted, count - <usize>adjusted);
    p += count - <usize>adjusted;
  } else if (n.exp < 0 && adjusted > -PLAIN_LIMIT) {
    store<u8>(p++, 48);
    store<u8>(p++, 46);
    memory.fill(p, 48, <usize>(-adjusted));
    p += <usize>(-adjusted);
    memory.copy(p, digits, count);
    p += count;
  } else {
    p = writeScientific(p, digits, count, adjusted - 1);
  }
  decTextLength = <u32>(p - out);
  return out;
}

function writeScientific(p: usize, digits: usize, count: u32, exponent: i64): usize {
  store<u8>(p++, load<u8>(digits));
  if (count > 1) {
    store<u8>(p++, 46);
    memory.copy(p, digits + 1, count - 1);
    p += count - 1;
  }
  store<u8>(p++, 101);
  store<u8>(p++, exponent < 0 ? 45 : 43);
  let e: u64 = exponent < 0 ? <u64>(-exponent) : <u64>exponent;
  let width: u32 = 1;
  for (let t = e; t >= 10; t /= 10) width++;
  for (let i = width; i > 0; i--) {
    store<u8>(p + i - 1, <u8>(48 + e % 10));
    e /= 10;
  }
  return p + width;
}

/** A decimal as the nearest-ish f64 (exact for up to 15 significant digits with small exponents). */
export function decToF64(d: Decimal): f64 {
  if (d.len == 0) return 0.0;
  let m: f64 = 0;
  for (let i = d.len; i > 0; i--) m = m * 1e9 + <f64>limb(d.limbs, i - 1);
  let r: f64;
  if (d.exp >= 0) r = d.exp <= 22 ? m * pow10f(d.exp) : m * Math.pow(10, <f64>d.exp);
  else r = d.exp >= -22 ? m / pow10f(-d.exp) : m / Math.pow(10, <f64>(-d.exp));
  return d.neg != 0 ? -r : r;
}

function pow10f(k: i32): f64 {
  let r: f64 = 1;
  for (let i = 0; i < k; i++) r *= 10;
  return r;
}

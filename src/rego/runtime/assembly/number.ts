// Number values: conversions between INT/REF numbers, decimals, i64 and f64, and the arithmetic the built-ins
// use. Arithmetic takes an i64 fast path when both operands are integers and the result does not overflow,
// and otherwise computes exactly in decimal; integral results come back as INT numbers when they fit i64.

import {
  Decimal, decAdd, decDiv, decFromI64, decFromText, decIsInteger, decMul, decRem, decSub, decToF64, decToI64,
  decI64Ok, decToText, decTextLength, decCompare, makeDecimal,
} from "./decimal";
import { hashFloatOfDecimal, isExactInteger } from "./number-hash";
import { makeNumberInt, makeNumberRef, numberIntValue, numberRefLength, numberRefText, numberRepr, NUMBER_INT } from "./value";

/** Whether the last numberToI64 succeeded. */
export let numberI64Ok: bool = false;

// Parses plain integer text (-?digits, at most 18 digits) without the decimal machinery; sets numberI64Ok.
function refToI64Fast(text: usize, len: u32): i64 {
  numberI64Ok = false;
  let i: u32 = 0;
  let neg = false;
  if (len > 0 && load<u8>(text) == 45) { neg = true; i = 1; }
  if (i >= len || len - i > 18) return 0;
  let n: i64 = 0;
  for (; i < len; i++) {
    const c = load<u8>(text + i);
    if (c < 48 || c > 57) return 0;
    n = n * 10 + (c - 48);
  }
  numberI64Ok = true;
  return neg ? -n : n;
}

// The number as i64 when that is cheap to see: an INT, or REF text that is a plain short integer. Sets
// numberI64Ok; a false result only means "take the exact decimal path".
function fastI64(v: usize): i64 {
  if (numberRepr(v) == NUMBER_INT) { numberI64Ok = true; return numberIntValue(v); }
  return refToI64Fast(numberRefText(v), numberRefLength(v));
}

/** The number as i64 if it is an integer that fits; check numberI64Ok afterwards (1.0 and 1e3 count as integers). */
export function numberToI64(v: usize): i64 {
  const fast = fastI64(v);
  if (numberI64Ok) return fast;
  const d = numberToDecimal(v);
  if (d === null) return 0;
  const r = decToI64(d);
  numberI64Ok = decI64Ok;
  return r;
}

/** The number as a Decimal (null only for malformed REF text). */
export function numberToDecimal(v: usize): Decimal | null {
  if (numberRepr(v) == NUMBER_INT) return decFromI64(numberIntValue(v));
  return decFromText(numberRefText(v), numberRefLength(v));
}

/** The number as f64 (nearest for up to 15 significant digits). */
export function numberToF64(v: usize): f64 {
  const fast = fastI64(v);
  if (numberI64Ok) return <f64>fast;
  const d = numberToDecimal(v);
  return d === null ? 0.0 : decToF64(d);
}

/** The float64 a number hashes by, as OPA computes it (see number-hash.ts). */
export function numberHashFloat(v: usize): f64 {
  const fast = fastI64(v);
  if (numberI64Ok && isExactInteger(fast)) return <f64>fast;
  const d = numberToDecimal(v);
  return d === null ? 0.0 : hashFloatOfDecimal(d);
}

/** Whether a number is integral (1.0 is). */
export function numberIsInteger(v: usize): bool {
  fastI64(v);
  if (numberI64Ok) return true;
  const d = numberToDecimal(v);
  return d !== null && decIsInteger(d);
}

/** A number value from a decimal: INT when integral and within i64, else REF text (plain or e-notation). */
export function makeNumberFromDecimal(d: Decimal): usize {
  const i = decToI64(d);
  if (decI64Ok) return makeNumberInt(i);
  const text = decToText(d);
  return makeNumberRef(text, decTextLength);
}

/** A number value from an f64: integral values within i64 become INT, others 17 significant digits. */
export function makeNumberF64(f: f64): usize {
  if (f == Math.floor(f) && Math.abs(f) < 9.2e18) return makeNumberInt(<i64>f);
  if (!isFinite(f)) return 0;
  const mag = Math.abs(f);
  const exp10 = <i32>Math.floor(Math.log10(mag)) - 16;
  const scaled = exp10 >= 0 ? mag / Math.pow(10, exp10) : mag * Math.pow(10, -exp10);
  const d = decFromI64(<i64>Math.round(scaled));
  return makeNumberFromDecimal(makeDecimal(f < 0, exp10, d.limbs, d.len));
}

/** Numeric compare of two number values: <0, 0, >0. */
export function compareNumbers(a: usize, b: usize): i32 {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) return x < y ? -1 : (x > y ? 1 : 0);
  }
  const da = numberToDecimal(a);
  const db = numberToDecimal(b);
  if (da === null || db === null) return 0;
  return decCompare(da, db);
}

/** a + b, exact. */
export function numberAdd(a: usize, b: usize): usize {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) {
      const s = x + y;
      // Overflow iff both operands share a sign the sum does not.
      if (((x ^ s) & (y ^ s)) >= 0) return makeNumberInt(s);
    }
  }
  return decimalOp(a, b, 0);
}

/** a - b, exact. */
export function numberSub(a: usize, b: usize): usize {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) {
      const s = x - y;
      if (((x ^ y) & (x ^ s)) >= 0) return makeNumberInt(s);
    }
  }
  return decimalOp(a, b, 1);
}

/** a × b, exact. */
export function numberMul(a: usize, b: usize): usize {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) {
      const ax = x < 0 ? -x : x;
      const ay = y < 0 ? -y : y;
      // Both below 2^31 in magnitude: the product cannot overflow.
      if (ax >= 0 && ay >= 0 && ax < 0x80000000 && ay < 0x80000000) return makeNumberInt(x * y);
    }
  }
  return decimalOp(a, b, 2);
}

/** a / b to 18 significant digits (half up); 0 (undefined) when b is zero. */
export function numberDiv(a: usize, b: usize): usize {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) {
      if (y == 0) return 0;
      if (y != -1 && x % y == 0) return makeNumberInt(x / y);
    }
  }
  return decimalOp(a, b, 3);
}

/** a % b for integers (sign of a); 0 (undefined) for non-integers or b zero. */
export function numberRem(a: usize, b: usize): usize {
  const x = fastI64(a);
  if (numberI64Ok) {
    const y = fastI64(b);
    if (numberI64Ok) {
      if (y == 0) return 0;
      if (y == -1) return makeNumberInt(0);
      return makeNumberInt(x % y);
    }
  }
  if (!numberIsInteger(a) || !numberIsInteger(b)) return 0;
  return decimalOp(a, b, 4);
}

function decimalOp(a: usize, b: usize, op: i32): usize {
  const da = numberToDecimal(a);
  const db = numberToDecimal(b);
  if (da === null || db === null) return 0;
  let r: Decimal | null;
  if (op == 0) r = decAdd(da, db);
  else if (op == 1) r = decSub(da, db);
  else if (op == 2) r = decMul(da, db);
  else if (op == 3) r = decDiv(da, db);
  else r = decRem(da, db);
  if (r === null) return 0;
  return makeNumberFromDecimal(r);
}

// Bitwise built-ins on integers: bits.or/and/xor/negate on int64, bits.lsh exact beyond int64 (as Go's big.Int),
// bits.rsh as an arithmetic shift. Non-integers, or integers beyond int64 as operands, give undefined (strict
// mode: OPA's type error for non-integers and negative shifts).

import { makeNumberInt } from "./value";
import { makeNumberFromDecimal, numberI64Ok, numberToI64 } from "./number";
import { decFromI64, decMul, makeDecimal } from "./decimal";
import { mulSmallMag, resultLength } from "./bigint";
import { malloc } from "./alloc";
import { requireInteger, typeErrorText } from "./errors";

// Both operands as int64 (pairOk tells whether both are).
let pairOk: bool = false;
let second: i64 = 0;
function firstOfPair(name: string, a: usize, b: usize): i64 {
  pairOk = false;
  if (!requireInteger(name, 1, a) || !requireInteger(name, 2, b)) return 0;
  const x = numberToI64(a);
  if (!numberI64Ok) return 0;
  second = numberToI64(b);
  pairOk = numberI64Ok;
  return x;
}

/** `bits.or(a, b)`. */
export function builtin_bits__or(a: usize, b: usize): usize {
  const x = firstOfPair("bits.or", a, b);
  return pairOk ? makeNumberInt(x | second) : 0;
}

/** `bits.and(a, b)`. */
export function builtin_bits__and(a: usize, b: usize): usize {
  const x = firstOfPair("bits.and", a, b);
  return pairOk ? makeNumberInt(x & second) : 0;
}

/** `bits.xor(a, b)`. */
export function builtin_bits__xor(a: usize, b: usize): usize {
  const x = firstOfPair("bits.xor", a, b);
  return pairOk ? makeNumberInt(x ^ second) : 0;
}

/** `bits.negate(a)`: two's complement NOT. */
export function builtin_bits__negate(a: usize): usize {
  if (!requireInteger("bits.negate", 1, a)) return 0;
  const x = numberToI64(a);
  return numberI64Ok ? makeNumberInt(~x) : 0;
}

/** `bits.lsh(a, s)`: a × 2^s, exact beyond int64. */
export function builtin_bits__lsh(a: usize, b: usize): usize {
  const x = firstOfPair("bits.lsh", a, b);
  if (!pairOk) return 0;
  if (second < 0) return typeErrorText("bits.lsh", 2, "an unsigned integer number", "a negative integer");
  const s = second;
  if (x == 0) return makeNumberInt(0);
  if (s < 63) {
    const shifted = x << s;
    if ((shifted >> s) == x) return makeNumberInt(shifted);
  }
  if (s > 100000) return 0;
  // Exact: x × 2^s in decimal, multiplying by 2^29 per step.
  let limbs = malloc(4);
  store<u32>(limbs, 1);
  let len: u32 = 1;
  let left = <u32>s;
  while (left > 0) {
    const step: u32 = left > 29 ? 29 : left;
    limbs = mulSmallMag(limbs, len, <u32>1 << step, 0);
    len = resultLength;
    left -= step;
  }
  return makeNumberFromDecimal(decMul(decFromI64(x), makeDecimal(false, 0, limbs, len)));
}

/** `bits.rsh(a, s)`: arithmetic shift right. */
export function builtin_bits__rsh(a: usize, b: usize): usize {
  const x = firstOfPair("bits.rsh", a, b);
  if (!pairOk) return 0;
  if (second < 0) return typeErrorText("bits.rsh", 2, "an unsigned integer number", "a negative integer");
  return makeNumberInt(second >= 63 ? (x < 0 ? -1 : 0) : x >> second);
}

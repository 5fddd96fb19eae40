// The float64 a number hashes by. OPA's runtime converts number text to double with a naive digit loop (integer
// digits by d = 10d + digit, fraction digits by adding 0.1, 0.01, … in turn); reproducing it keeps set and object
// iteration order identical to OPA-built modules. It runs on the canonical plain text of the value, so equal
// numbers (1, 1.0, 10e-1) always hash alike.

import { malloc } from "./alloc";
import { Decimal, decNormalize, decWriteDigits } from "./decimal";
import { digitCount } from "./bigint";

const EXACT_LIMIT: i64 = 9007199254740992; // 2^53: integers up to here convert exactly either way
const DIGIT_LIMIT: i64 = 400; // beyond ~309 integer digits the loop is at infinity, beyond ~324 fraction digits b is 0

/** The float64 OPA's opa_number_as_float yields for this value's canonical decimal text. */
export function hashFloatOfDecimal(d: Decimal): f64 {
  const n = decNormalize(d);
  if (n.len == 0) return 0.0;
  const sign: f64 = n.neg != 0 ? -1.0 : 1.0;
  const count = digitCount(n.limbs, n.len);
  const integerDigits = <i64>count + n.exp;
  if (integerDigits > DIGIT_LIMIT) return sign * Infinity;
  const digits = malloc(count); // ASCII digits
  decWriteDigits(n, digits);
  let whole: f64 = 0.0;
  for (let k: i64 = 0; k < integerDigits; k++) {
    whole = 10.0 * whole + <f64>(k < <i64>count ? load<u8>(digits + <usize>k) - 48 : 0);
  }
  whole *= sign;
  if (n.exp >= 0) return whole;
  // Fraction digits: -integerDigits leading zeros (when the value is below 0.1), then the remaining digits.
  let frac: f64 = 0.0;
  let b: f64 = 0.1;
  const first: i64 = integerDigits > 0 ? integerDigits : 0;
  for (let position: i64 = integerDigits; position < <i64>count && position - integerDigits < DIGIT_LIMIT * 2; position++) {
    if (position >= first) frac += b * <f64>(load<u8>(digits + <usize>position) - 48);
    b /= 10.0;
  }
  return whole + frac * sign;
}

/** Whether an integer converts to float64 exactly (then `<f64>i` equals the digit loop). */
@inline export function isExactInteger(i: i64): bool {
  return i <= EXACT_LIMIT && i >= -EXACT_LIMIT;
}

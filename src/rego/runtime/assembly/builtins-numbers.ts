// Arithmetic built-ins: plus minus mul div rem abs round ceil floor, numbers.range(_step), to_number,
// format_int. Operands of the wrong type, division by zero and non-integral `%` operands give undefined (0),
// OPA's non-strict behaviour, or OPA's error in strict mode (./errors). `minus` on two sets is set difference.

import {
  TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_SET, TYPE_STRING, arrayAppend, booleanValue, makeArray, makeNumberInt,
  makeString, stringBytes, stringLength, valueType,
} from "./value";
import {
  compareNumbers, makeNumberFromDecimal, numberAdd, numberDiv, numberI64Ok, numberIsInteger, numberMul, numberRem,
  numberSub, numberToDecimal, numberToI64,
} from "./number";
import { Decimal, ROUND_CEIL, ROUND_FLOOR, ROUND_HALF_AWAY, decAbs, decToIntegral, decToIntegerMag } from "./decimal";
import { divSmallMag, resultLength, smallRemainder } from "./bigint";
import { entryKey, makeSet, setAdd, setContains, tableFirst, tableNext } from "./table";
import { parseNumberExact } from "./json-parse";
import { malloc } from "./alloc";
import { builtinError, requireInteger, typeError, typeErrorText } from "./errors";

// Whether both operands are numbers; otherwise reports the first that is not (strict mode).
function bothNumbers(name: string, a: usize, b: usize): bool {
  if (valueType(a) != TYPE_NUMBER) return typeError(name, 1, "number", a) != 0;
  if (valueType(b) != TYPE_NUMBER) return typeError(name, 2, "number", b) != 0;
  return true;
}

@inline function isZero(v: usize): bool {
  return compareNumbers(v, makeNumberInt(0)) == 0;
}

/** `a + b` on numbers, exact. */
export function builtin_plus(a: usize, b: usize): usize {
  return bothNumbers("plus", a, b) ? numberAdd(a, b) : 0;
}

/** `a - b`: number difference (exact) or set difference. */
export function builtin_minus(a: usize, b: usize): usize {
  const ta = valueType(a);
  const tb = valueType(b);
  if (ta == TYPE_NUMBER && tb == TYPE_NUMBER) return numberSub(a, b);
  if (ta == TYPE_NUMBER) return typeError("minus", 2, "number", b);
  if (ta == TYPE_SET && tb != TYPE_SET) return typeError("minus", 2, "set", b);
  if (ta != TYPE_SET) return typeError("minus", 1, "one of {number, set}", a);
  const result = makeSet();
  for (let e = tableFirst(a); e != 0; e = tableNext(a, e)) {
    if (!setContains(b, entryKey(e))) setAdd(result, entryKey(e));
  }
  return result;
}

/** `a * b` on numbers, exact. */
export function builtin_mul(a: usize, b: usize): usize {
  return bothNumbers("mul", a, b) ? numberMul(a, b) : 0;
}

/** `a / b` to 18 significant digits; undefined when b is 0. */
export function builtin_div(a: usize, b: usize): usize {
  if (!bothNumbers("div", a, b)) return 0;
  return isZero(b) ? builtinError("div", "divide by zero") : numberDiv(a, b);
}

/** `a % b` on integers (sign of a); undefined when b is 0 or an operand is not integral. */
export function builtin_rem(a: usize, b: usize): usize {
  if (!bothNumbers("rem", a, b)) return 0;
  if (!numberIsInteger(a) || !numberIsInteger(b)) return builtinError("rem", "modulo on floating-point number");
  return isZero(b) ? builtinError("rem", "modulo by zero") : numberRem(a, b);
}

function unaryDecimal(a: usize, mode: i32): usize {
  if (valueType(a) != TYPE_NUMBER) return 0;
  const d = numberToDecimal(a);
  if (d === null) return 0;
  return makeNumberFromDecimal(mode < 0 ? decAbs(d) : decToIntegral(d, mode));
}

/** `abs(x)`. */
export function builtin_abs(a: usize): usize {
  return unaryDecimal(a, -1);
}

/** `round(x)`: half away from zero. */
export function builtin_round(a: usize): usize {
  return unaryDecimal(a, ROUND_HALF_AWAY);
}

/** `ceil(x)`. */
export function builtin_ceil(a: usize): usize {
  return unaryDecimal(a, ROUND_CEIL);
}

/** `floor(x)`. */
export function builtin_floor(a: usize): usize {
  return unaryDecimal(a, ROUND_FLOOR);
}

// The integer value of a number operand (numberI64Ok tells whether it is one).
function integerArg(name: string, operand: u32, v: usize): i64 {
  if (!requireInteger(name, operand, v)) {
    numberI64Ok = false;
    return 0;
  }
  return numberToI64(v);
}

function range(from: i64, to: i64, step: i64): usize {
  const count = (from <= to ? to - from : from - to) / step + 1;
  const arr = makeArray(count < 0x10000 ? <u32>count : 0x10000);
  if (from <= to) {
    for (let x = from; x <= to; x += step) {
      arrayAppend(arr, makeNumberInt(x));
      if (to - x < step) break;
    }
  } else {
    for (let x = from; x >= to; x -= step) {
      arrayAppend(arr, makeNumberInt(x));
      if (x - to < step) break;
    }
  }
  return arr;
}

/** `numbers.range(a, b)`: integers from a to b inclusive, stepping by ±1. */
export function builtin_numbers__range(a: usize, b: usize): usize {
  const from = integerArg("numbers.range", 1, a);
  if (!numberI64Ok) return 0;
  const to = integerArg("numbers.range", 2, b);
  if (!numberI64Ok) return 0;
  return range(from, to, 1);
}

/** `numbers.range_step(a, b, step)`: from a toward b by a positive integer step. */
export function builtin_numbers__range_step(a: usize, b: usize, s: usize): usize {
  const from = integerArg("numbers.range_step", 1, a);
  if (!numberI64Ok) return 0;
  const to = integerArg("numbers.range_step", 2, b);
  if (!numberI64Ok) return 0;
  const step = integerArg("numbers.range_step", 3, s);
  if (numberI64Ok) return step > 0 ? range(from, to, step) : builtinError("numbers.range_step", "step must be a positive integer");
  // A step beyond int64 (Go's big.Int): at most a few elements, stepped exactly in decimal.
  if (valueType(s) != TYPE_NUMBER || !numberIsInteger(s)) return 0;
  if (compareNumbers(s, makeNumberInt(0)) <= 0) return builtinError("numbers.range_step", "step must be a positive integer");
  const arr = makeArray(4);
  const limit = makeNumberInt(to);
  let x = makeNumberInt(from);
  while (from <= to ? compareNumbers(x, limit) <= 0 : compareNumbers(x, limit) >= 0) {
    arrayAppend(arr, x);
    x = from <= to ? numberAdd(x, s) : numberSub(x, s);
  }
  return arr;
}

// Spellings of NaN and the infinities (any case, after any run of leading signs) that OPA refuses as "valid number
// string" type errors before parsing, since a Rego number cannot hold them.
const NON_FINITE_SPELLINGS: string[] = ["nan", "inf", "infinity"];

function isNonFiniteSpelling(bytes: usize, len: usize): bool {
  let start: usize = 0;
  while (start < len && (load<u8>(bytes + start) == 0x2b || load<u8>(bytes + start) == 0x2d)) start++;
  for (let i = 0; i < NON_FINITE_SPELLINGS.length; i++) {
    const word = NON_FINITE_SPELLINGS[i];
    if (<usize>word.length != len - start) continue;
    let same = true;
    for (let j = 0; j < word.length && same; j++) same = (load<u8>(bytes + start + j) | 0x20) == <u8>word.charCodeAt(j);
    if (same) return true;
  }
  return false;
}

/** `to_number(x)`: null → 0, booleans → 0/1, numbers as-is, strings holding one JSON number. */
export function builtin_to_number(v: usize): usize {
  switch (valueType(v)) {
    case TYPE_NULL: return makeNumberInt(0);
    case TYPE_BOOLEAN: return makeNumberInt(booleanValue(v) ? 1 : 0);
    case TYPE_NUMBER: return v;
    case TYPE_STRING: {
      if (isNonFiniteSpelling(stringBytes(v), stringLength(v))) return typeErrorText("to_number", 1, "valid number string", "string");
      const n = parseNumberExact(stringBytes(v), stringLength(v));
      return n != 0 ? n : builtinError("to_number", "invalid syntax");
    }
    default: return typeError("to_number", 1, "one of {null, boolean, number, string}", v);
  }
}

const DIGITS: string = "0123456789abcdef";

/** `format_int(x, base)`: x truncated toward zero, written in base 2, 8, 10 or 16. */
export function builtin_format_int(v: usize, b: usize): usize {
  if (!bothNumbers("format_int", v, b)) return 0;
  const base = numberToI64(b);
  if (!numberI64Ok || (base != 2 && base != 8 && base != 10 && base != 16)) {
    return typeErrorText("format_int", 2, "one of {2, 8, 10, 16}", "number");
  }
  const d = numberToDecimal(v);
  if (d === null) return 0;
  const truncated = decToIntegerMag(decToIntegral(d, d.neg != 0 ? ROUND_CEIL : ROUND_FLOOR));
  return formatMagnitude(truncated, <u32>base);
}

function formatMagnitude(n: Decimal, base: u32): usize {
  // Digits come out least significant first; the buffer is filled from its end.
  const capacity: usize = <usize>n.len * 30 + 2;
  const buf = malloc(capacity);
  let p = buf + capacity;
  let limbs = n.limbs;
  let len = n.len;
  if (len == 0) {
    store<u8>(--p, 48);
  }
  while (len > 0) {
    limbs = divSmallMag(limbs, len, base);
    len = resultLength;
    store<u8>(--p, <u8>DIGITS.charCodeAt(smallRemainder));
  }
  if (n.neg != 0) store<u8>(--p, 45);
  return makeString(p, <u32>(buf + capacity - p));
}

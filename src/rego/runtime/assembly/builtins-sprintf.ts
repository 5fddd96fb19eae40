// sprintf in the module for the formats policies write in nearly every message: %s and %v of strings, %d and %v
// of integers (and %s of integers beyond int64, which OPA formats as big integers, and of numbers beyond float64,
// which reach Go as their text), and %%. Anything else (flags, widths, other verbs, other argument types, a verb/argument count
// mismatch, which Go marks up in the output) goes to the host's sprintf, which implements all of Go's rules; a
// host call costs a JSON round trip of the arguments, far more than the formatting.

import { malloc } from "./alloc";
import { opa_builtin_call } from "./eval-support";
import { numberToF64 } from "./number";
import { numberIntValue, numberRefLength, numberRefText, numberRepr, NUMBER_INT, TYPE_ARRAY, TYPE_NUMBER, TYPE_STRING, arrayGet, arrayLength, makeString, stringBytes, stringLength, valueType } from "./value";

const PERCENT: u8 = 37;
const VERB_S: u8 = 115;
const VERB_V: u8 = 118;
const VERB_D: u8 = 100;

// Decimal digits of |n| (n != i64.MIN_VALUE is not required: the magnitude is taken as u64).
function decimalLength(n: i64): u32 {
  let m: u64 = n < 0 ? <u64>(0 - n) : <u64>n;
  let len: u32 = n < 0 ? 2 : 1;
  while (m >= 10) {
    m /= 10;
    len++;
  }
  return len;
}

function writeDecimal(at: usize, n: i64, len: u32): void {
  let m: u64 = n < 0 ? <u64>(0 - n) : <u64>n;
  if (n < 0) store<u8>(at, 45);
  let p = at + len;
  do {
    p--;
    store<u8>(p, <u8>(48 + m % 10));
    m /= 10;
  } while (m > 0);
}

// A number kept as text that is an integer (digits after an optional minus, not "-0"): beyond int64, since
// smaller integers are INT numbers. OPA hands these to Go as big integers, which print their digits for %s too.
function isBigInteger(v: usize): bool {
  if (numberRepr(v) == NUMBER_INT) return false;
  const text = numberRefText(v);
  const n = numberRefLength(v);
  let i: u32 = load<u8>(text) == 45 ? 1 : 0;
  if (i >= n || (load<u8>(text + i) == 48 && n == i + 1)) return false;
  for (; i < n; i++) {
    const c = load<u8>(text + i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The bytes argument `arg` contributes under `verb`, or -1 when the host must format it.
function formattedLength(verb: u8, arg: usize): i64 {
  const t = valueType(arg);
  if (t == TYPE_STRING && (verb == VERB_S || verb == VERB_V)) return <i64>stringLength(arg);
  if (t != TYPE_NUMBER) return -1;
  if (numberRepr(arg) == NUMBER_INT && (verb == VERB_D || verb == VERB_V)) return <i64>decimalLength(numberIntValue(arg));
  if (isBigInteger(arg) && (verb == VERB_D || verb == VERB_V || verb == VERB_S)) return <i64>numberRefLength(arg);
  // A number beyond float64 reaches Go as its text.
  if (numberRepr(arg) != NUMBER_INT && !isFinite(numberToF64(arg)) && (verb == VERB_V || verb == VERB_S)) return <i64>numberRefLength(arg);
  return -1;
}

// Length of the output, or -1 when the format or an argument is outside the fast path.
function measure(fmt: usize, n: u32, args: usize): i64 {
  let total: i64 = 0;
  let next: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    if (load<u8>(fmt + i) != PERCENT) {
      total++;
      continue;
    }
    if (i + 1 >= n) return -1;
    const verb = load<u8>(fmt + ++i);
    if (verb == PERCENT) {
      total++;
      continue;
    }
    if (next >= arrayLength(args)) return -1;
    const len = formattedLength(verb, arrayGet(args, next++));
    if (len < 0) return -1;
    total += len;
  }
  return next == arrayLength(args) ? total : -1;
}

function write(fmt: usize, n: u32, args: usize, out: usize): void {
  let at = out;
  let next: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(fmt + i);
    if (c != PERCENT) {
      store<u8>(at++, c);
      continue;
    }
    const verb = load<u8>(fmt + ++i);
    if (verb == PERCENT) {
      store<u8>(at++, PERCENT);
      continue;
    }
    const arg = arrayGet(args, next++);
    if (valueType(arg) == TYPE_STRING) {
      memory.copy(at, stringBytes(arg), stringLength(arg));
      at += stringLength(arg);
    } else if (numberRepr(arg) != NUMBER_INT) {
      memory.copy(at, numberRefText(arg), numberRefLength(arg));
      at += numberRefLength(arg);
    } else {
      const value = numberIntValue(arg);
      const len = decimalLength(value);
      writeDecimal(at, value, len);
      at += len;
    }
  }
}

/** sprintf(format, values): formatted here when the fast path covers it, else by the host built-in `hostId`. */
export function builtin_sprintf(format: usize, values: usize, hostId: i32): usize {
  if (valueType(format) == TYPE_STRING && valueType(values) == TYPE_ARRAY) {
    const fmt = stringBytes(format);
    const n = stringLength(format);
    const len = measure(fmt, n, values);
    if (len >= 0) {
      const out = malloc(<usize>len);
      write(fmt, n, values, out);
      return makeString(out, <u32>len);
    }
  }
  return <usize>opa_builtin_call(hostId, 2, <i32>format, <i32>values, 0, 0);
}

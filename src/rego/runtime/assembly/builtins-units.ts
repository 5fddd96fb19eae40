// units.parse and units.parse_bytes: an amount in decimal or e-notation followed by an SI (k, M, G ...) or IEC
// (Ki, Mi ...) suffix, computed exactly. Mirrors OPA: quotes are dropped, spaces are refused, an exponent has at
// most six digits, parse_bytes truncates to an integer and parse keeps ten fraction digits.

import { malloc } from "./alloc";
import {
  Decimal, decFromI64, decFromText, decIsInteger, decMul, decToIntegral, decToText, decTextLength, makeDecimal,
  ROUND_CEIL, ROUND_FLOOR, ROUND_HALF_AWAY,
} from "./decimal";
import { makeNumberFromDecimal } from "./number";
import { TYPE_STRING, makeNumberRef, stringBytes, stringLength } from "./value";
import { builtinError, requireType } from "./errors";

const MAX_EXPONENT_DIGITS: u32 = 6;

// Filled by splitAmount: the cleaned input, where its unit starts, and whether the exponent was too long.
let cleaned: usize = 0;
let cleanedLength: u32 = 0;
let unitStart: u32 = 0;
let exponentTooLarge = false;

@inline function isDigit(c: u32): bool {
  return c >= 48 && c <= 57;
}

// Copies the input without '"' (lower-cased when `lower`); false if it holds a space.
function clean(s: usize, lower: bool): bool {
  const p = stringBytes(s);
  const n = stringLength(s);
  cleaned = malloc(max<u32>(n, 1));
  cleanedLength = 0;
  for (let i: u32 = 0; i < n; i++) {
    let c = <u32>load<u8>(p + i);
    if (c == 32) return false;
    if (c == 34) continue;
    if (lower && c >= 65 && c <= 90) c += 32;
    store<u8>(cleaned + cleanedLength++, <u8>c);
  }
  return true;
}

// Finds where the number ends: digits, '.', signs, and 'e'/'E' only when an exponent follows.
function splitAmount(): void {
  exponentTooLarge = false;
  unitStart = cleanedLength;
  for (let i: u32 = 0; i < cleanedLength; i++) {
    const c = <u32>load<u8>(cleaned + i);
    if (isDigit(c) || c == 46 || c == 43 || c == 45) continue;
    if (c != 101 && c != 69) { unitStart = i; return; }
    const next: u32 = i + 1 < cleanedLength ? load<u8>(cleaned + i + 1) : 0;
    if (!isDigit(next) && next != 43 && next != 45) { unitStart = i; return; }
    if (next == 43 || next == 45) i++;
    let digits: u32 = 0;
    while (i + 1 + digits < cleanedLength && isDigit(load<u8>(cleaned + i + 1 + digits))) digits++;
    if (digits > MAX_EXPONENT_DIGITS) { exponentTooLarge = true; return; }
  }
}

// The amount as a decimal (a leading '+' is allowed, as Go's big number parsers allow it); null if malformed.
function parseAmount(): Decimal | null {
  let start: u32 = 0;
  if (unitStart > 0 && load<u8>(cleaned) == 43) start = 1;
  if (start == unitStart) return null;
  return decFromText(cleaned + start, unitStart - start);
}

// Whether the unit is the letter `first` followed by the ASCII literal `rest`.
function unitIs(first: u32, rest: string): bool {
  if (<u32>rest.length + 1 != cleanedLength - unitStart) return false;
  if (<u32>load<u8>(cleaned + unitStart) != first) return false;
  for (let i = 0; i < rest.length; i++) {
    if (<u32>load<u8>(cleaned + unitStart + 1 + i) != <u32>rest.charCodeAt(i)) return false;
  }
  return true;
}

// 1000^k or 1024^k as a decimal.
function power(binary: bool, k: i32): Decimal {
  let m: i64 = 1;
  for (let i: i32 = 0; i < k; i++) m *= binary ? 1024 : 1000;
  return decFromI64(m);
}

// The SI prefixes in order of magnitude (k = 10^3 ... e = 10^18), lower case.
const PREFIXES: usize = memory.data<u8>([107, 109, 103, 116, 112, 101]);
const PREFIX_COUNT: i32 = 6;

// Multiplier of a units.parse_bytes unit (already lower case), or null if unknown.
function bytesMultiplier(): Decimal | null {
  if (unitStart == cleanedLength) return decFromI64(1);
  for (let k: i32 = 0; k < PREFIX_COUNT; k++) {
    const p = <u32>load<u8>(PREFIXES + k);
    if (unitIs(p, "") || unitIs(p, "b")) return power(false, k + 1);
    if (unitIs(p, "i") || unitIs(p, "ib")) return power(true, k + 1);
  }
  return null;
}

// Multiplier of a units.parse unit, or null if unknown. Case matters for the first letter only ('m' is milli,
// 'M' mega, but "mi" and "Mi" both mebi).
function unitsMultiplier(): Decimal | null {
  if (unitStart == cleanedLength) return decFromI64(1);
  for (let i = unitStart + 1; i < cleanedLength; i++) {
    const c = load<u8>(cleaned + i);
    if (c >= 65 && c <= 90) store<u8>(cleaned + i, c + 32);
  }
  if (unitIs(109, "")) {
    const one = decFromI64(1);
    return makeDecimal(false, -3, one.limbs, one.len);
  }
  for (let k: i32 = 0; k < PREFIX_COUNT; k++) {
    const lower = <u32>load<u8>(PREFIXES + k);
    const upper = lower - 32;
    if ((lower != 109 && unitIs(lower, "")) || unitIs(upper, "")) return power(false, k + 1);
    if (unitIs(lower, "i") || unitIs(upper, "i")) return power(true, k + 1);
  }
  return null;
}

// Why scaledAmount returned null, in OPA's words (parse_bytes says "byte amount" where parse says "amount").
const FAIL_EXPONENT = 1, FAIL_NO_AMOUNT = 2, FAIL_UNIT = 3, FAIL_NUMBER = 4;
let failure = 0;

// Parses the cleaned input; null on any error (reason in `failure`).
function scaledAmount(bytes: bool): Decimal | null {
  splitAmount();
  failure = exponentTooLarge ? FAIL_EXPONENT : FAIL_NO_AMOUNT;
  if (exponentTooLarge || unitStart == 0) return null;
  failure = FAIL_UNIT;
  const multiplier = bytes ? bytesMultiplier() : unitsMultiplier();
  if (multiplier === null) return null;
  failure = FAIL_NUMBER;
  const amount = parseAmount();
  if (amount === null) return null;
  return decMul(amount, multiplier);
}

function failed(name: string, bytes: bool): usize {
  switch (failure) {
    case FAIL_EXPONENT: return builtinError(name, "exponent too large");
    case FAIL_NO_AMOUNT: return builtinError(name, bytes ? "no byte amount provided" : "no amount provided");
    case FAIL_UNIT: return builtinError(name, "unit not recognized");
    default: return builtinError(name, bytes ? "could not parse byte amount to a number" : "could not parse amount to a number");
  }
}

export function builtin_units__parse_bytes(s: usize): usize {
  if (!requireType("units.parse_bytes", 1, s, TYPE_STRING, "string")) return 0;
  if (!clean(s, true)) return builtinError("units.parse_bytes", "spaces not allowed in resource strings");
  const d = scaledAmount(true);
  if (d === null) return failed("units.parse_bytes", true);
  return makeNumberFromDecimal(decToIntegral(d, d.neg != 0 ? ROUND_CEIL : ROUND_FLOOR));
}

export function builtin_units__parse(s: usize): usize {
  if (!requireType("units.parse", 1, s, TYPE_STRING, "string")) return 0;
  if (!clean(s, false)) return builtinError("units.parse", "spaces not allowed in resource strings");
  const d = scaledAmount(false);
  if (d === null) return failed("units.parse", false);
  if (decIsInteger(d)) return makeNumberFromDecimal(d);
  return tenDigitFraction(d);
}

// OPA prints a non-integral result with exactly ten fraction digits (big.Rat.FloatString(10), halves away from 0).
function tenDigitFraction(d: Decimal): usize {
  const scaled = decToIntegral(decMul(d, decFromI64(10000000000)), ROUND_HALF_AWAY);
  const text = decToText(scaled);
  let len = decTextLength;
  const neg = load<u8>(text) == 45;
  const digits = text + (neg ? 1 : 0);
  const nd = len - (neg ? 1 : 0);
  const out = malloc(nd + 16);
  let o = out;
  if (neg) store<u8>(o++, 45);
  if (nd <= 10) {
    store<u8>(o++, 48);
    store<u8>(o++, 46);
    for (let i = nd; i < 10; i++) store<u8>(o++, 48);
    memory.copy(o, digits, nd);
    o += nd;
  } else {
    memory.copy(o, digits, nd - 10);
    o += nd - 10;
    store<u8>(o++, 46);
    memory.copy(o, digits + nd - 10, 10);
    o += 10;
  }
  len = <u32>(o - out);
  return makeNumberRef(out, len);
}

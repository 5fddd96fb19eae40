// sprintf(format, values) as OPA computes it: each value is converted the way OPA's builtin hands it to Go's
// fmt.Sprintf (an integer number that fits int64 → int; a longer integer → *big.Int; another number → float64,
// or its text when beyond float64; a string → string; anything else → the string of its Rego text), then the
// format is interpreted with Go's rules: verbs, flags `+ - # 0 space`, width and precision (also `*` and `[n]`
// argument indexes), and Go's error forms `%!d(string=x)`, `%!v(MISSING)`, `%!(EXTRA int=1)`, `%!v(BADINDEX)`,
// `%!(BADWIDTH)`, `%!(BADPREC)`, `%!(NOVERB)`. Everything runs in the module.

import { malloc } from "./alloc";
import { parseFloat64, parseOverflow } from "./builtins-sprintf-decimal";
import { floatLength, floatText, formatFloat } from "./builtins-sprintf-float";
import {
  canBackquote, isPrintRune, outAscii, outByte, outBytes, outLength, outQuoted, outQuotedRune, outRepeat, outReset, outRewind,
  outRune, outStart, outValue,
} from "./builtins-sprintf-out";
import { decodeRune, runeCount, runeOffset, runeWidth } from "./builtins-strings-unicode";
import { typeError } from "./errors";
import {
  TYPE_ARRAY, TYPE_NUMBER, TYPE_STRING, NUMBER_INT, arrayGet, arrayLength, makeString, numberIntValue, numberRefLength,
  numberRefText, numberRepr, stringBytes, stringLength, valueType,
} from "./value";

// The Go type each argument becomes.
const ARG_INT: u8 = 1;
const ARG_BIG: u8 = 2;
const ARG_FLOAT: u8 = 3;
const ARG_STRING: u8 = 4;

// Arguments: 16 bytes each: +0 kind, +4 u32 text length (big, string), +8 i64 / f64 / text address.
let args: usize = 0;
let argCount: i32 = 0;
@inline function argKind(i: i32): u8 { return load<u8>(args + (<usize>i << 4)); }
@inline function argLen(i: i32): u32 { return load<u32>(args + (<usize>i << 4), 4); }
@inline function argInt(i: i32): i64 { return load<i64>(args + (<usize>i << 4), 8); }
@inline function argFloat(i: i32): f64 { return load<f64>(args + (<usize>i << 4), 8); }
@inline function argPtr(i: i32): usize { return <usize>load<u32>(args + (<usize>i << 4), 8); }

function setArg(i: i32, kind: u8, len: u32, bits: u64): void {
  const p = args + (<usize>i << 4);
  store<u8>(p, kind);
  store<u32>(p, len, 4);
  store<u64>(p, bits, 8);
}

// Parses -?digits as int64; returns false on other syntax or overflow (Go's strconv.ParseInt).
let parsedInt: i64 = 0;
function parseInt64(text: usize, len: u32): bool {
  let i: u32 = 0;
  const neg = len > 0 && load<u8>(text) == 45;
  if (neg) i++;
  if (i >= len) return false;
  let mag: u64 = 0;
  for (; i < len; i++) {
    const c = load<u8>(text + i);
    if (c < 48 || c > 57) return false;
    if (mag > 922337203685477580) return false;
    mag = mag * 10 + <u64>(c - 48);
  }
  if (neg ? mag > 9223372036854775808 : mag > 9223372036854775807) return false;
  parsedInt = neg ? <i64>(0 - mag) : <i64>mag;
  return true;
}

function isIntegerText(text: usize, len: u32): bool {
  let i: u32 = len > 0 && load<u8>(text) == 45 ? 1 : 0;
  if (i >= len) return false;
  for (; i < len; i++) {
    const c = load<u8>(text + i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The Rego text of a value as a Go string (OPA passes term.String() for non-scalar values).
function valueText(i: i32, v: usize): void {
  const start = outLength();
  outValue(v);
  const len = outLength() - start;
  const copy = malloc(<usize>len);
  memory.copy(copy, outStart() + <usize>start, <usize>len);
  // The text was rendered at the end of the output only to measure it: take it back off.
  outRewind(start);
  setArg(i, ARG_STRING, len, <u64>copy);
}

function convertArgs(values: usize): void {
  argCount = <i32>arrayLength(values);
  args = malloc(<usize>(argCount > 0 ? argCount : 1) << 4);
  for (let i: i32 = 0; i < argCount; i++) {
    const v = arrayGet(values, <u32>i);
    const t = valueType(v);
    if (t == TYPE_STRING) setArg(i, ARG_STRING, stringLength(v), <u64>stringBytes(v));
    else if (t == TYPE_NUMBER && numberRepr(v) == NUMBER_INT) setArg(i, ARG_INT, 0, <u64>numberIntValue(v));
    else if (t == TYPE_NUMBER) {
      const text = numberRefText(v);
      const len = numberRefLength(v);
      if (parseInt64(text, len)) setArg(i, ARG_INT, 0, <u64>parsedInt);
      else if (isIntegerText(text, len)) setArg(i, ARG_BIG, len, <u64>text);
      else {
        const f = parseFloat64(text, len);
        if (parseOverflow) setArg(i, ARG_STRING, len, <u64>text);
        else setArg(i, ARG_FLOAT, 0, reinterpret<u64>(f));
      }
    } else valueText(i, v);
  }
}

// ---------------------------------------------------------------------------------------------- flags

let plus = false;
let minus = false;
let sharp = false;
let space = false;
let zero = false;
let plusV = false;
let sharpV = false;
let wid: i32 = 0;
let widPresent = false;
let prec: i32 = 0;
let precPresent = false;

function clearFlags(): void {
  plus = false; minus = false; sharp = false; space = false; zero = false; plusV = false; sharpV = false;
  wid = 0; widPresent = false; prec = 0; precPresent = false;
}

function writePadding(n: i32): void {
  outRepeat(zero && !minus ? 48 : 32, n);
}

/** Writes bytes padded to the width (counted in runes), left or right. */
function pad(p: usize, n: u32): void {
  if (!widPresent || wid == 0) { outBytes(p, <usize>n); return; }
  const width = wid - <i32>runeCount(p, n);
  if (!minus) { writePadding(width); outBytes(p, <usize>n); }
  else { outBytes(p, <usize>n); writePadding(width); }
}

// Pads what was written since `start` (for text composed in place).
function padFrom(start: u32): void {
  const len = outLength() - start;
  const copy = malloc(<usize>len);
  memory.copy(copy, outStart() + <usize>start, <usize>len);
  outRewind(start);
  pad(copy, len);
}

// ---------------------------------------------------------------------------------------------- integers

const LDIGITS = "0123456789abcdefx";
const UDIGITS = "0123456789ABCDEFX";

function fmtInteger(u: u64, base: u32, signed: bool, verb: u32, upper: bool): void {
  const digits = upper ? UDIGITS : LDIGITS;
  const negative = signed && <i64>u < 0;
  if (negative) u = 0 - u;
  let precision: i32 = 0;
  if (precPresent) {
    precision = prec;
    if (precision == 0 && u == 0) {
      const oldZero = zero;
      zero = false;
      writePadding(wid);
      zero = oldZero;
      return;
    }
  } else if (zero && !minus && widPresent) {
    precision = wid;
    if (negative || plus || space) precision--;
  }
  const size: i32 = 72 + (precision > 0 ? precision : 0);
  const b = malloc(<usize>size);
  let i = size;
  do {
    store<u8>(b + <usize>(--i), <u8>digits.charCodeAt(<i32>(u % base)));
    u /= base;
  } while (u > 0);
  while (i > 0 && precision > size - i) store<u8>(b + <usize>(--i), 48);
  if (sharp) {
    if (base == 2) { store<u8>(b + <usize>(--i), 98); store<u8>(b + <usize>(--i), 48); }
    else if (base == 8 && load<u8>(b + <usize>i) != 48) store<u8>(b + <usize>(--i), 48);
    else if (base == 16) { store<u8>(b + <usize>(--i), <u8>digits.charCodeAt(16)); store<u8>(b + <usize>(--i), 48); }
  }
  if (verb == 79) { store<u8>(b + <usize>(--i), 111); store<u8>(b + <usize>(--i), 48); }
  if (negative) store<u8>(b + <usize>(--i), 45);
  else if (plus) store<u8>(b + <usize>(--i), 43);
  else if (space) store<u8>(b + <usize>(--i), 32);
  const oldZero = zero;
  zero = false;
  pad(b + <usize>i, <u32>(size - i));
  zero = oldZero;
}

function fmtUnicode(u: u64): void {
  const start = outLength();
  outAscii("U+");
  let digits: i32 = 0;
  for (let x = u; x > 0; x >>= 4) digits++;
  const minDigits = precPresent && prec > 4 ? prec : 4;
  outRepeat(48, minDigits - digits);
  for (let s = digits - 1; s >= 0; s--) outByte(<u8>UDIGITS.charCodeAt(<i32>((u >> (<u64>s * 4)) & 15)));
  if (sharp && u <= 0x10ffff && isPrintRune(<u32>u)) {
    outAscii(" '");
    outRune(<u32>u);
    outByte(39);
  }
  const oldZero = zero;
  zero = false;
  padFrom(start);
  zero = oldZero;
}

function printInt(v: i64, verb: u32): void {
  const u = <u64>v;
  switch (verb) {
    case 118: case 100: fmtInteger(u, 10, true, verb, false); break;
    case 98: fmtInteger(u, 2, true, verb, false); break;
    case 111: case 79: fmtInteger(u, 8, true, verb, false); break;
    case 120: fmtInteger(u, 16, true, verb, false); break;
    case 88: fmtInteger(u, 16, true, verb, true); break;
    case 99: {
      const start = outLength();
      outRune(u > 0x10ffff ? 0xfffd : <u32>u);
      padFrom(start);
      break;
    }
    case 113: {
      const start = outLength();
      outQuotedRune(u > 0x10ffff ? 0xfffd : <u32>u, plus);
      padFrom(start);
      break;
    }
    case 85: fmtUnicode(u); break;
    default: badVerb(verb);
  }
}

// ---------------------------------------------------------------------------------------------- big integers

// Digits of a decimal magnitude in another base, most significant first, into a fresh block; returns its length.
let bigDigits: usize = 0;
function bigToBase(text: usize, len: u32, base: u32, upper: bool): u32 {
  const limbs = malloc(<usize>len * 4 + 4);
  let n: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    let carry: u64 = <u64>(load<u8>(text + i) - 48);
    for (let k: u32 = 0; k < n; k++) {
      const x = <u64>load<u32>(limbs + (<usize>k << 2)) * 10 + carry;
      store<u32>(limbs + (<usize>k << 2), <u32>x);
      carry = x >> 32;
    }
    if (carry > 0) store<u32>(limbs + (<usize>(n++) << 2), <u32>carry);
  }
  const out = malloc(<usize>len * 4 + 4);
  let count: u32 = 0;
  const digits = upper ? UDIGITS : LDIGITS;
  while (n > 0) {
    let rem: u64 = 0;
    for (let k = <i32>n - 1; k >= 0; k--) {
      const x = (rem << 32) | <u64>load<u32>(limbs + (<usize>k << 2));
      store<u32>(limbs + (<usize>k << 2), <u32>(x / base));
      rem = x % base;
    }
    store<u8>(out + <usize>(count++), <u8>digits.charCodeAt(<i32>rem));
    while (n > 0 && load<u32>(limbs + (<usize>(n - 1) << 2)) == 0) n--;
  }
  if (count == 0) store<u8>(out + <usize>(count++), 48);
  for (let a: u32 = 0, b = count - 1; a < b; a++, b--) {
    const t = load<u8>(out + a);
    store<u8>(out + a, load<u8>(out + b));
    store<u8>(out + b, t);
  }
  bigDigits = out;
  return count;
}

// *big.Int's own Format method: it handles b o O d s v x X and prints anything else as %!c(big.Int=N).
function printBig(text: usize, len: u32, verb: u32): void {
  const neg = load<u8>(text) == 45;
  const magText = neg ? text + 1 : text;
  const magLen = neg ? len - 1 : len;
  let base: u32 = 0;
  if (verb == 98) base = 2;
  else if (verb == 111 || verb == 79) base = 8;
  else if (verb == 100 || verb == 115 || verb == 118) base = 10;
  else if (verb == 120 || verb == 88) base = 16;
  else {
    outAscii("%!");
    outRune(verb);
    outAscii("(big.Int=");
    outBytes(text, <usize>len);
    outByte(41);
    return;
  }
  let digits = magText;
  let count = magLen;
  if (base != 10) {
    count = bigToBase(magText, magLen, base, verb == 88);
    digits = bigDigits;
  }
  const flagPlus = plus || plusV;
  const flagSharp = sharp || sharpV;
  const sign: string = neg ? "-" : flagPlus ? "+" : space ? " " : "";
  let prefix: string = "";
  if (flagSharp) prefix = verb == 98 ? "0b" : verb == 111 ? "0" : verb == 120 ? "0x" : verb == 88 ? "0X" : "";
  if (verb == 79) prefix = "0o";
  let zeros: i32 = 0;
  if (precPresent) {
    if (<i32>count < prec) zeros = prec - <i32>count;
    else if (count == 1 && load<u8>(digits) == 48 && prec == 0) return;
  }
  const length = sign.length + prefix.length + zeros + <i32>count;
  let left: i32 = 0;
  let right: i32 = 0;
  if (widPresent && length < wid) {
    const d = wid - length;
    if (minus) right = d;
    else if (zero && !precPresent) zeros = d;
    else left = d;
  }
  outRepeat(32, left);
  outAscii(sign);
  outAscii(prefix);
  outRepeat(48, zeros);
  outBytes(digits, <usize>count);
  outRepeat(32, right);
}

// ---------------------------------------------------------------------------------------------- floats

function fmtFloat(v: f64, verb: u8, defaultPrec: i32): void {
  const p = precPresent ? prec : defaultPrec;
  formatFloat(v, verb == 70 ? 102 : verb, p);
  const text = floatText();
  const n = floatLength();
  // num: sign (+ when none) followed by the digits, as Go composes it.
  const num = malloc(<usize>n + 32);
  let len: i32 = 0;
  let from: i32 = 0;
  if (load<u8>(text) == 45 || load<u8>(text) == 43) { store<u8>(num, load<u8>(text)); from = 1; }
  else store<u8>(num, 43);
  len = 1;
  for (let i = from; i < n; i++) store<u8>(num + <usize>(len++), load<u8>(text + <usize>i));
  if (space && load<u8>(num) == 43 && !plus) store<u8>(num, 32);
  const c1 = load<u8>(num, 1);
  if (c1 == 73 || c1 == 78) {
    const oldZero = zero;
    zero = false;
    if (c1 == 78 && !space && !plus) pad(num + 1, <u32>(len - 1));
    else pad(num, <u32>len);
    zero = oldZero;
    return;
  }
  if (sharp && verb != 98) len = sharpFloat(num, len, verb, p);
  if (plus || load<u8>(num) != 43) {
    if (zero && !minus && widPresent && wid > len) {
      outByte(load<u8>(num));
      writePadding(wid - len);
      outBytes(num + 1, <usize>(len - 1));
      return;
    }
    pad(num, <u32>len);
    return;
  }
  pad(num + 1, <u32>(len - 1));
}

// The # flag on floats: always a decimal point, and %g keeps its trailing zeros up to the precision.
function sharpFloat(num: usize, len: i32, verb: u8, p: i32): i32 {
  let digits: i32 = 0;
  if (verb == 118 || verb == 103 || verb == 71 || verb == 120) digits = p < 0 ? 6 : p;
  const tail = malloc(8);
  let tailLen: i32 = 0;
  let hasPoint = false;
  let sawNonzero = false;
  for (let i: i32 = 1; i < len; i++) {
    const c = load<u8>(num + <usize>i);
    if (c == 46) { hasPoint = true; continue; }
    const isExp = c == 112 || c == 80 || ((c == 101 || c == 69) && verb != 120 && verb != 88);
    if (isExp) {
      tailLen = len - i;
      memory.copy(tail, num + <usize>i, <usize>tailLen);
      len = i;
      break;
    }
    if (c != 48) sawNonzero = true;
    if (sawNonzero) digits--;
  }
  if (!hasPoint) {
    if (len == 2 && load<u8>(num, 1) == 48) digits--;
    store<u8>(num + <usize>(len++), 46);
  }
  while (digits > 0) { store<u8>(num + <usize>(len++), 48); digits--; }
  memory.copy(num + <usize>len, tail, <usize>tailLen);
  return len + tailLen;
}

function printFloat(v: f64, verb: u32): void {
  switch (verb) {
    case 118: fmtFloat(v, 103, -1); break;
    case 98: case 103: case 71: case 120: case 88: fmtFloat(v, <u8>verb, -1); break;
    case 102: case 101: case 69: case 70: fmtFloat(v, <u8>verb, 6); break;
    default: badVerb(verb);
  }
}

// ---------------------------------------------------------------------------------------------- strings

function fmtSx(p: usize, n: u32, upper: bool): void {
  const digits = upper ? UDIGITS : LDIGITS;
  let length = <i32>n;
  if (precPresent && prec < length) length = prec;
  let width = 2 * length;
  if (width > 0) {
    if (space) {
      if (sharp) width *= 2;
      width += length - 1;
    } else if (sharp) width += 2;
  } else {
    if (widPresent) writePadding(wid);
    return;
  }
  if (widPresent && wid > width && !minus) writePadding(wid - width);
  if (sharp) { outByte(48); outByte(<u8>digits.charCodeAt(16)); }
  for (let i: i32 = 0; i < length; i++) {
    if (space && i > 0) {
      outByte(32);
      if (sharp) { outByte(48); outByte(<u8>digits.charCodeAt(16)); }
    }
    const c = load<u8>(p + <usize>i);
    outByte(<u8>digits.charCodeAt(c >> 4));
    outByte(<u8>digits.charCodeAt(c & 15));
  }
  if (widPresent && wid > width && minus) writePadding(wid - width);
}

// Precision cuts a string to that many runes.
function truncatedLength(p: usize, n: u32): u32 {
  return precPresent ? runeOffset(p, n, <u32>prec) : n;
}

function printString(p: usize, n: u32, verb: u32): void {
  switch (verb) {
    case 118:
      if (sharpV) fmtQ(p, n);
      else pad(p, truncatedLength(p, n));
      break;
    case 115: pad(p, truncatedLength(p, n)); break;
    case 120: fmtSx(p, n, false); break;
    case 88: fmtSx(p, n, true); break;
    case 113: fmtQ(p, n); break;
    default: badVerb(verb);
  }
}

function fmtQ(p: usize, n: u32): void {
  const len = truncatedLength(p, n);
  const start = outLength();
  if (sharp && canBackquote(p, len)) {
    outByte(96);
    outBytes(p, <usize>len);
    outByte(96);
  } else outQuoted(p, len, plus);
  padFrom(start);
}

// ---------------------------------------------------------------------------------------------- arguments

function typeName(i: i32): string {
  const k = argKind(i);
  return k == ARG_INT ? "int" : k == ARG_BIG ? "*big.Int" : k == ARG_FLOAT ? "float64" : "string";
}

let current: i32 = -1;

function printArg(i: i32, verb: u32): void {
  current = i;
  if (verb == 84) {
    const name = typeName(i);
    const start = outLength();
    outAscii(name);
    padFrom(start);
    return;
  }
  const k = argKind(i);
  if (k == ARG_INT) printInt(argInt(i), verb);
  else if (k == ARG_BIG) printBig(argPtr(i), argLen(i), verb);
  else if (k == ARG_FLOAT) printFloat(argFloat(i), verb);
  else printString(argPtr(i), argLen(i), verb);
}

function badVerb(verb: u32): void {
  outAscii("%!");
  outRune(verb);
  outByte(40);
  outAscii(typeName(current));
  outByte(61);
  printArg(current, 118);
  outByte(41);
}

// ---------------------------------------------------------------------------------------------- the format

let fmt: usize = 0;
let fmtLen: i32 = 0;
let reordered = false;
let goodArgNum = true;

@inline function fmtAt(i: i32): u8 { return load<u8>(fmt + <usize>i); }

// parsenum: digits from `i`; sets numValue/numOk and returns the index after them.
let numValue: i32 = 0;
let numOk = false;
function parseNum(start: i32, end: i32): i32 {
  numValue = 0;
  numOk = false;
  if (start >= end) return end;
  let i = start;
  for (; i < end && fmtAt(i) >= 48 && fmtAt(i) <= 57; i++) {
    if (numValue > 1000000) { numValue = 0; numOk = false; return end; }
    numValue = numValue * 10 + <i32>(fmtAt(i) - 48);
    numOk = true;
  }
  return i;
}

// `[n]` argument index at `i`: sets argIndex/afterIndex and returns the index after it.
let argIndex: i32 = 0;
let afterIndex = false;
function argNumber(argNum: i32, i: i32): i32 {
  argIndex = argNum;
  afterIndex = false;
  if (i >= fmtLen || fmtAt(i) != 91) return i;
  reordered = true;
  let wid: i32 = 1;
  let ok = false;
  let index: i32 = 0;
  if (fmtLen - i >= 3) {
    for (let j = i + 1; j < fmtLen; j++) {
      if (fmtAt(j) == 93) {
        const after = parseNum(i + 1, j);
        if (numOk && after == j) { ok = true; index = numValue - 1; }
        wid = j - i + 1;
        break;
      }
    }
  }
  if (ok && index >= 0 && index < argCount) {
    argIndex = index;
    afterIndex = true;
    return i + wid;
  }
  goodArgNum = false;
  afterIndex = ok;
  return i + wid;
}

// An int argument for `*`: sets starValue/starOk and returns the next argument number.
let starValue: i32 = 0;
let starOk = false;
function intFromArg(argNum: i32): i32 {
  starValue = 0;
  starOk = false;
  if (argNum >= argCount) return argNum;
  if (argKind(argNum) == ARG_INT) {
    const v = argInt(argNum);
    if (v >= -1000000 && v <= 1000000) { starValue = <i32>v; starOk = true; }
  }
  return argNum + 1;
}

function isFlag(c: u8): bool {
  return c == 35 || c == 48 || c == 43 || c == 45 || c == 32;
}

function setFlag(c: u8): void {
  if (c == 35) sharp = true;
  else if (c == 48) zero = !minus;
  else if (c == 43) plus = true;
  else if (c == 45) { minus = true; zero = false; }
  else space = true;
}

function verbFor(argNum: i32, verb: u32): void {
  if (verb == 118) {
    sharpV = sharp;
    sharp = false;
    plusV = plus;
    plus = false;
  }
  printArg(argNum, verb);
}

function run(): void {
  let argNum: i32 = 0;
  reordered = false;
  let i: i32 = 0;
  while (i < fmtLen) {
    goodArgNum = true;
    const last = i;
    while (i < fmtLen && fmtAt(i) != 37) i++;
    if (i > last) outBytes(fmt + <usize>last, <usize>(i - last));
    if (i >= fmtLen) break;
    i++;
    clearFlags();
    while (i < fmtLen && isFlag(fmtAt(i))) setFlag(fmtAt(i++));
    i = argNumber(argNum, i);
    argNum = argIndex;
    if (i < fmtLen && fmtAt(i) == 42) {
      i++;
      argNum = intFromArg(argNum);
      wid = starValue;
      widPresent = starOk;
      if (!widPresent) outAscii("%!(BADWIDTH)");
      if (wid < 0) { wid = -wid; minus = true; zero = false; }
      afterIndex = false;
    } else {
      i = parseNum(i, fmtLen);
      wid = numValue;
      widPresent = numOk;
      if (afterIndex && widPresent) goodArgNum = false;
    }
    if (i + 1 < fmtLen && fmtAt(i) == 46) {
      i++;
      if (afterIndex) goodArgNum = false;
      i = argNumber(argNum, i);
      argNum = argIndex;
      if (i < fmtLen && fmtAt(i) == 42) {
        i++;
        argNum = intFromArg(argNum);
        prec = starValue;
        precPresent = starOk;
        if (prec < 0) { prec = 0; precPresent = false; }
        if (!precPresent) outAscii("%!(BADPREC)");
        afterIndex = false;
      } else {
        i = parseNum(i, fmtLen);
        prec = numValue;
        precPresent = true;
        if (!numOk) prec = 0;
      }
    }
    if (!afterIndex) {
      i = argNumber(argNum, i);
      argNum = argIndex;
    }
    if (i >= fmtLen) {
      outAscii("%!(NOVERB)");
      break;
    }
    const verb = decodeRune(fmt + <usize>i, <u32>(fmtLen - i));
    i += <i32>runeWidth;
    if (verb == 37) outByte(37);
    else if (!goodArgNum) { outAscii("%!"); outRune(verb); outAscii("(BADINDEX)"); }
    else if (argNum >= argCount) { outAscii("%!"); outRune(verb); outAscii("(MISSING)"); }
    else verbFor(argNum++, verb);
  }
  if (!reordered && argNum < argCount) {
    clearFlags();
    outAscii("%!(EXTRA ");
    for (let k = argNum; k < argCount; k++) {
      if (k > argNum) outAscii(", ");
      outAscii(typeName(k));
      outByte(61);
      printArg(k, 118);
    }
    outByte(41);
  }
}

/** sprintf(format, values). */
export function builtin_sprintf(format: usize, values: usize): usize {
  if (valueType(format) != TYPE_STRING) return typeError("sprintf", 1, "string", format);
  if (valueType(values) != TYPE_ARRAY) return typeError("sprintf", 2, "array", values);
  outReset();
  convertArgs(values);
  fmt = stringBytes(format);
  fmtLen = <i32>stringLength(format);
  run();
  const len = outLength();
  const bytes = malloc(<usize>len);
  memory.copy(bytes, outStart(), <usize>len);
  return makeString(bytes, len);
}

// float64 text as Go's strconv.AppendFloat writes it for %e %E %f %F %g %G %b %x %X (and %v, which is %g with
// the shortest digits): sign, digits from the exact decimal expansion, Go's exponent forms (`e+06`, `p+01`).
// The text goes to a scratch buffer that the fmt layer pads and signs.

import { malloc } from "./alloc";
import { decDigit, decDp, decNd, decOfFloat, decRound, decRoundShortest } from "./builtins-sprintf-decimal";

let buf: usize = 0;
let at: usize = 0;
let cap: usize = 0;

/** Start and length of the last formatted float. */
export function floatText(): usize { return buf; }
export function floatLength(): i32 { return <i32>(at - buf); }

function put(c: u8): void {
  if (at == cap) {
    const size = (cap - buf) * 2;
    const bigger = malloc(size);
    memory.copy(bigger, buf, at - buf);
    at = bigger + (at - buf);
    buf = bigger;
    cap = bigger + size;
  }
  store<u8>(at++, c);
}

function putAscii(text: string): void {
  for (let i = 0; i < text.length; i++) put(<u8>text.charCodeAt(i));
}

function putExponent(exp: i32, minDigits: i32): void {
  if (exp < 0) { put(45); exp = -exp; } else put(43);
  if (exp < 10 && minDigits >= 2) { put(48); put(<u8>(48 + exp)); return; }
  if (exp < 10) { put(<u8>(48 + exp)); return; }
  if (exp < 100) { put(<u8>(48 + exp / 10)); put(<u8>(48 + exp % 10)); return; }
  put(<u8>(48 + exp / 100)); put(<u8>(48 + (exp / 10) % 10)); put(<u8>(48 + exp % 10));
}

function fmtE(neg: bool, d: usize, prec: i32, upper: bool): void {
  if (neg) put(45);
  put(decNd(d) != 0 ? decDigit(d, 0) : 48);
  if (prec > 0) {
    put(46);
    let i: i32 = 1;
    const m = decNd(d) < prec + 1 ? decNd(d) : prec + 1;
    for (; i < m; i++) put(decDigit(d, i));
    for (; i <= prec; i++) put(48);
  }
  put(upper ? 69 : 101);
  putExponent(decNd(d) == 0 ? 0 : decDp(d) - 1, 2);
}

function fmtF(neg: bool, d: usize, prec: i32): void {
  if (neg) put(45);
  if (decDp(d) > 0) {
    let m = decNd(d) < decDp(d) ? decNd(d) : decDp(d);
    for (let i: i32 = 0; i < m; i++) put(decDigit(d, i));
    for (; m < decDp(d); m++) put(48);
  } else put(48);
  if (prec > 0) {
    put(46);
    for (let i: i32 = 1; i <= prec; i++) {
      const j = decDp(d) + i - 1;
      put(j >= 0 && j < decNd(d) ? decDigit(d, j) : 48);
    }
  }
}

function fmtB(neg: bool, mant: u64, exp: i32): void {
  if (neg) put(45);
  const digits = malloc(20);
  let i: i32 = 20;
  let m = mant;
  do { store<u8>(digits + <usize>(--i), <u8>(48 + m % 10)); m /= 10; } while (m > 0);
  for (; i < 20; i++) put(load<u8>(digits + <usize>i));
  put(112);
  const e = exp - 52;
  if (e >= 0) put(43);
  if (e < 0) put(45);
  const abs = e < 0 ? -e : e;
  if (abs >= 1000) put(<u8>(48 + abs / 1000));
  if (abs >= 100) put(<u8>(48 + (abs / 100) % 10));
  if (abs >= 10) put(<u8>(48 + (abs / 10) % 10));
  put(<u8>(48 + abs % 10));
}

function fmtX(neg: bool, mant: u64, exp: i32, prec: i32, upper: bool): void {
  const hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (mant == 0) exp = 0;
  mant <<= 8;
  while (mant != 0 && (mant & (<u64>1 << 60)) == 0) { mant <<= 1; exp--; }
  if (prec >= 0 && prec < 15) {
    const shift = <u64>(prec * 4);
    const extra = (mant << shift) & ((<u64>1 << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (<u64>1 << 59)) mant++;
    mant <<= 60 - shift;
    if ((mant & (<u64>1 << 61)) != 0) { mant >>= 1; exp++; }
  }
  if (neg) put(45);
  put(48);
  put(upper ? 88 : 120);
  put(<u8>(48 + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    put(46);
    while (mant != 0) { put(<u8>hex.charCodeAt(<i32>((mant >> 60) & 15))); mant <<= 4; }
  } else if (prec > 0) {
    put(46);
    for (let i: i32 = 0; i < prec; i++) { put(<u8>hex.charCodeAt(<i32>((mant >> 60) & 15))); mant <<= 4; }
  }
  put(upper ? 80 : 112);
  putExponent(exp, 2);
}

/** Formats `v` as strconv.FormatFloat(v, verb, prec, 64) does (prec < 0: shortest) into the scratch buffer. */
export function formatFloat(v: f64, verb: u8, prec: i32): void {
  buf = malloc(64);
  at = buf;
  cap = buf + 64;
  const bits = reinterpret<u64>(v);
  const neg = (bits >> 63) != 0;
  let exp = <i32>((bits >> 52) & 0x7ff);
  let mant = bits & ((<u64>1 << 52) - 1);
  if (exp == 0x7ff) {
    if (mant != 0) putAscii("NaN");
    else putAscii(neg ? "-Inf" : "+Inf");
    return;
  }
  if (exp == 0) exp++;
  else mant |= <u64>1 << 52;
  exp -= 1023;
  if (verb == 98) { fmtB(neg, mant, exp); return; }
  if (verb == 120 || verb == 88) { fmtX(neg, mant, exp, prec, verb == 88); return; }
  const d = decOfFloat(mant, exp);
  const shortest = prec < 0;
  const lowerVerb: u8 = verb | 0x20;
  if (shortest) {
    decRoundShortest(d, mant, exp);
    if (lowerVerb == 101) prec = decNd(d) - 1 > 0 ? decNd(d) - 1 : 0;
    else if (lowerVerb == 102) prec = decNd(d) - decDp(d) > 0 ? decNd(d) - decDp(d) : 0;
    else prec = decNd(d);
  } else if (lowerVerb == 101) decRound(d, prec + 1);
  else if (lowerVerb == 102) decRound(d, decDp(d) + prec);
  else {
    if (prec == 0) prec = 1;
    decRound(d, prec);
  }
  if (lowerVerb == 101) { fmtE(neg, d, prec, verb == 69); return; }
  if (lowerVerb == 102) { fmtF(neg, d, prec); return; }
  // %g: exponent form when the exponent is below -4 or at least the precision (6 for shortest).
  let eprec = prec;
  if (eprec > decNd(d) && decNd(d) >= decDp(d)) eprec = decNd(d);
  if (shortest) eprec = 6;
  const e = decDp(d) - 1;
  // %g never shows more digits than the value has (trailing zeros only come back with #).
  if (e < -4 || e >= eprec) {
    if (prec > decNd(d)) prec = decNd(d);
    fmtE(neg, d, prec - 1, verb == 71);
    return;
  }
  if (prec > decDp(d)) prec = decNd(d);
  fmtF(neg, d, prec - decDp(d) > 0 ? prec - decDp(d) : 0);
}

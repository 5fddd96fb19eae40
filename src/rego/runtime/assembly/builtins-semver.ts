// semver.is_valid and semver.compare with OPA's parser: an optional leading 'v', MAJOR.MINOR.PATCH as decimal
// integers, then an optional -pre-release and +metadata of dot-separated [0-9A-Za-z-] identifiers.

import { isString } from "./builtins-values";
import { makeBoolean, makeNumberInt, stringBytes, stringLength, TYPE_STRING } from "./value";
import { builtinErrorString, requireType } from "./errors";

// Fields of the last successful parseVersion: the three numbers and the pre-release byte range.
let major: i64 = 0;
let minor: i64 = 0;
let patch: i64 = 0;
let preStart: usize = 0;
let preLength: u32 = 0;

@inline function isDigit(c: u32): bool {
  return c >= 48 && c <= 57;
}

// Whether [p, p+n) is one or more non-empty dot-separated identifiers of [0-9A-Za-z-].
function validIdentifiers(p: usize, n: u32): bool {
  if (n == 0) return false;
  let partLength: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 46) {
      if (partLength == 0) return false;
      partLength = 0;
      continue;
    }
    const ok = isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45;
    if (!ok) return false;
    partLength++;
  }
  return partLength > 0;
}

// Parses decimal digits [p, p+n) into an i64; -1 if empty, not all digits, or too large.
function parseNumber(p: usize, n: u32): i64 {
  if (n == 0) return -1;
  let v: i64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (!isDigit(c)) return -1;
    if (v > (i64.MAX_VALUE - 9) / 10) return -1;
    v = v * 10 + <i64>(c - 48);
  }
  return v;
}

@inline function indexOfByte(p: usize, n: u32, c: u8): i32 {
  for (let i: u32 = 0; i < n; i++) if (load<u8>(p + i) == c) return <i32>i;
  return -1;
}

// Parses a version string value; false if it is not valid SemVer.
function parseVersion(s: usize): bool {
  let p = stringBytes(s);
  let n = stringLength(s);
  if (n > 0 && load<u8>(p) == 118) { p++; n--; }
  const plus = indexOfByte(p, n, 43);
  if (plus >= 0) {
    if (<u32>plus + 1 < n && !validIdentifiers(p + plus + 1, n - plus - 1)) return false;
    n = <u32>plus;
  }
  const dash = indexOfByte(p, n, 45);
  preStart = 0;
  preLength = 0;
  if (dash >= 0) {
    preStart = p + dash + 1;
    preLength = n - dash - 1;
    if (preLength > 0 && !validIdentifiers(preStart, preLength)) return false;
    n = <u32>dash;
  }
  const dot1 = indexOfByte(p, n, 46);
  if (dot1 < 0) return false;
  const rest = p + dot1 + 1;
  const restLength = n - dot1 - 1;
  const dot2 = indexOfByte(rest, restLength, 46);
  if (dot2 < 0 || indexOfByte(rest + dot2 + 1, restLength - dot2 - 1, 46) >= 0) return false;
  major = parseNumber(p, dot1);
  minor = parseNumber(rest, dot2);
  patch = parseNumber(rest + dot2 + 1, restLength - dot2 - 1);
  return major >= 0 && minor >= 0 && patch >= 0;
}

// Compares two all-digit identifiers numerically (any length).
function compareNumeric(a: usize, an: u32, b: usize, bn: u32): i32 {
  while (an > 1 && load<u8>(a) == 48) { a++; an--; }
  while (bn > 1 && load<u8>(b) == 48) { b++; bn--; }
  if (an != bn) return an < bn ? -1 : 1;
  return compareText(a, an, b, bn);
}

function compareText(a: usize, an: u32, b: usize, bn: u32): i32 {
  const n = an < bn ? an : bn;
  for (let i: u32 = 0; i < n; i++) {
    const x = load<u8>(a + i);
    const y = load<u8>(b + i);
    if (x != y) return x < y ? -1 : 1;
  }
  return an == bn ? 0 : (an < bn ? -1 : 1);
}

function allDigits(p: usize, n: u32): bool {
  if (n == 0) return false;
  for (let i: u32 = 0; i < n; i++) if (!isDigit(load<u8>(p + i))) return false;
  return true;
}

// SemVer precedence of two pre-release strings (each non-empty, or empty meaning "release").
function comparePreRelease(a: usize, an: u32, b: usize, bn: u32): i32 {
  if (an == 0 || bn == 0) return an == bn ? 0 : (an == 0 ? 1 : -1);
  while (true) {
    const ai = indexOfByte(a, an, 46);
    const bi = indexOfByte(b, bn, 46);
    const al: u32 = ai < 0 ? an : <u32>ai;
    const bl: u32 = bi < 0 ? bn : <u32>bi;
    const aNum = allDigits(a, al);
    const bNum = allDigits(b, bl);
    if (aNum != bNum) return aNum ? -1 : 1;
    const c = aNum ? compareNumeric(a, al, b, bl) : compareText(a, al, b, bl);
    if (c != 0) return c;
    if ((ai < 0) != (bi < 0)) return ai < 0 ? -1 : 1;
    if (ai < 0) return 0;
    a += al + 1; an -= al + 1;
    b += bl + 1; bn -= bl + 1;
  }
  return 0;
}

@inline function sign(a: i64, b: i64): i32 {
  return a < b ? -1 : (a > b ? 1 : 0);
}

export function builtin_semver__is_valid(s: usize): usize {
  return makeBoolean(isString(s) && parseVersion(s));
}

export function builtin_semver__compare(a: usize, b: usize): usize {
  if (!requireType("semver.compare", 1, a, TYPE_STRING, "string") || !requireType("semver.compare", 2, b, TYPE_STRING, "string")) return 0;
  if (!parseVersion(a)) return builtinErrorString("semver.compare", "operand 1: string \"", a, "\" is not a valid SemVer");
  const aMajor = major, aMinor = minor, aPatch = patch, aPre = preStart, aPreLength = preLength;
  if (!parseVersion(b)) return builtinErrorString("semver.compare", "operand 2: string \"", b, "\" is not a valid SemVer");
  let c = sign(aMajor, major);
  if (c == 0) c = sign(aMinor, minor);
  if (c == 0) c = sign(aPatch, patch);
  if (c == 0) c = comparePreRelease(aPre, aPreLength, preStart, preLength);
  return makeNumberInt(c);
}

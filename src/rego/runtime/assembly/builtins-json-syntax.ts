// JSON syntax validation with Go's json.Valid rules (one value, optional whitespace around it, strict number
// and escape syntax), shared by json.is_valid, json.unmarshal and the JSON-schema built-ins. Not a family file:
// it is not re-exported from index.ts.

import { malloc } from "./alloc";

// JSON syntax check of [p, p+n) as Go's json.Valid: one value with optional whitespace around it. Iterative,
// with a stack of open containers, so deep nesting cannot exhaust the call stack.
export function validJson(p: usize, n: u32): bool {
  const stack = malloc(max<u32>(n, 1));
  let depth: u32 = 0;
  let i = skipSpace(p, n, 0);
  for (;;) {
    // A value starts at i.
    if (i >= n) return false;
    const c = <u32>load<u8>(p + i);
    if (c == 123 || c == 91) {
      i = skipSpace(p, n, i + 1);
      const close: u32 = c == 123 ? 125 : 93;
      if (i < n && <u32>load<u8>(p + i) == close) {
        i++;
      } else {
        store<u8>(stack + depth++, <u8>c);
        if (c == 123) {
          i = objectKey(p, n, i);
          if (i == 0) return false;
        }
        continue;
      }
    } else {
      i = scanScalar(p, n, i);
      if (i == 0) return false;
    }
    // After a value: close containers or move to the next element.
    for (;;) {
      i = skipSpace(p, n, i);
      if (depth == 0) return i == n;
      const open = <u32>load<u8>(stack + depth - 1);
      if (i >= n) return false;
      const d = <u32>load<u8>(p + i);
      if (d == 44) {
        i = skipSpace(p, n, i + 1);
        if (open == 123) {
          i = objectKey(p, n, i);
          if (i == 0) return false;
        }
        break;
      }
      if ((open == 123 && d == 125) || (open == 91 && d == 93)) {
        depth--;
        i++;
        continue;
      }
      return false;
    }
  }
  return false;
}

function skipSpace(p: usize, n: u32, i: u32): u32 {
  while (i < n) {
    const c = load<u8>(p + i);
    if (c != 32 && c != 9 && c != 10 && c != 13) break;
    i++;
  }
  return i;
}

// Scans `"key" :` starting at i; returns the position of the value, or 0.
function objectKey(p: usize, n: u32, i: u32): u32 {
  if (i >= n || load<u8>(p + i) != 34) return 0;
  i = scanString(p, n, i);
  if (i == 0) return 0;
  i = skipSpace(p, n, i);
  if (i >= n || load<u8>(p + i) != 58) return 0;
  return skipSpace(p, n, i + 1);
}

// Scans a string, number or literal at i; returns the position after it, or 0.
function scanScalar(p: usize, n: u32, i: u32): u32 {
  const c = <u32>load<u8>(p + i);
  if (c == 34) return scanString(p, n, i);
  if (c == 45 || (c >= 48 && c <= 57)) return scanNumber(p, n, i);
  if (matchLiteral(p, n, i, "true")) return i + 4;
  if (matchLiteral(p, n, i, "false")) return i + 5;
  if (matchLiteral(p, n, i, "null")) return i + 4;
  return 0;
}

function matchLiteral(p: usize, n: u32, i: u32, word: string): bool {
  if (i + <u32>word.length > n) return false;
  for (let k = 0; k < word.length; k++) {
    if (<u32>load<u8>(p + i + k) != <u32>word.charCodeAt(k)) return false;
  }
  return true;
}

function isHex(c: u32): bool {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function scanString(p: usize, n: u32, i: u32): u32 {
  i++;
  while (i < n) {
    const c = <u32>load<u8>(p + i);
    if (c == 34) return i + 1;
    if (c < 0x20) return 0;
    if (c != 92) { i++; continue; }
    if (i + 1 >= n) return 0;
    const e = <u32>load<u8>(p + i + 1);
    if (e == 117) {
      if (i + 6 > n) return 0;
      for (let k: u32 = 2; k < 6; k++) if (!isHex(load<u8>(p + i + k))) return 0;
      i += 6;
    } else if (e == 34 || e == 92 || e == 47 || e == 98 || e == 102 || e == 110 || e == 114 || e == 116) {
      i += 2;
    } else {
      return 0;
    }
  }
  return 0;
}

function digitsFrom(p: usize, n: u32, i: u32): u32 {
  while (i < n && load<u8>(p + i) >= 48 && load<u8>(p + i) <= 57) i++;
  return i;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
function scanNumber(p: usize, n: u32, i: u32): u32 {
  if (load<u8>(p + i) == 45) i++;
  if (i >= n) return 0;
  if (load<u8>(p + i) == 48) i++;
  else {
    const end = digitsFrom(p, n, i);
    if (end == i) return 0;
    i = end;
  }
  if (i < n && load<u8>(p + i) == 46) {
    const end = digitsFrom(p, n, i + 1);
    if (end == i + 1) return 0;
    i = end;
  }
  if (i < n && (load<u8>(p + i) == 101 || load<u8>(p + i) == 69)) {
    i++;
    if (i < n && (load<u8>(p + i) == 43 || load<u8>(p + i) == 45)) i++;
    const end = digitsFrom(p, n, i);
    if (end == i) return 0;
    i = end;
  }
  return i;
}

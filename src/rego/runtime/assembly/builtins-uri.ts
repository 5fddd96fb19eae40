// uri.parse and uri.is_valid, following Go's net/url.Parse: scheme, authority (userinfo checked, host and
// port validated, no percent-encoded ASCII in host names), path with its raw form, raw query and fragment.
// uri.parse returns an object holding only the non-empty parts; anything url.Parse rejects is undefined.

import { bufByte, bufNew, bufToString } from "./builtins-bytes";
import { isString } from "./builtins-values";
import { makeObject, objectInsert } from "./table";
import { makeBoolean, makeString, makeStringLiteral, stringBytes, stringLength } from "./value";

// Parts of the last successful parseUri call, as [start, end) byte ranges of the input (scheme is lower-cased
// into its own string; path and fragment are unescaped into their own strings).
let scheme: usize = 0;
let hostStart: u32 = 0;
let hostEnd: u32 = 0;
let portStart: u32 = 0;
let portEnd: u32 = 0;
let path: usize = 0;
let rawPath: usize = 0;
let queryStart: u32 = 0;
let queryEnd: u32 = 0;
let fragment: usize = 0;

const MODE_PATH: i32 = 0;
const MODE_HOST: i32 = 1;
const MODE_FRAGMENT: i32 = 2;

function hexValue(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>(c - 48);
  if (c >= 97 && c <= 102) return <i32>(c - 87);
  if (c >= 65 && c <= 70) return <i32>(c - 55);
  return -1;
}

@inline function isAlnum(c: u32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Characters a host name may hold unescaped (Go's shouldEscape in host mode, plus non-ASCII bytes).
function hostCharOk(c: u32): bool {
  if (c >= 0x80 || isAlnum(c)) return true;
  const allowed = "-._~!$&'()*+,;=:[]<>\"";
  for (let i = 0; i < allowed.length; i++) if (<u32>allowed.charCodeAt(i) == c) return true;
  return false;
}

// Percent-decodes [p+from, p+to) as Go's unescape in the given mode; 0 on a bad escape or host character.
function unescape(p: usize, from: u32, to: u32, mode: i32): usize {
  const out = bufNew(to - from);
  for (let i = from; i < to; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 37) {
      if (i + 2 >= to) return 0;
      const hi = hexValue(load<u8>(p + i + 1));
      const lo = hexValue(load<u8>(p + i + 2));
      if (hi < 0 || lo < 0) return 0;
      // Go refuses percent-encoded ASCII in host names (only %25 and non-ASCII bytes may be escaped).
      if (mode == MODE_HOST && hi < 8 && !(hi == 2 && lo == 5)) return 0;
      bufByte(out, <u32>((hi << 4) | lo));
      i += 2;
    } else {
      if (mode == MODE_HOST && !hostCharOk(c)) return 0;
      bufByte(out, c);
    }
  }
  return bufToString(out);
}

// Go's shouldEscape for paths: unreserved characters and $&+,/:;=@ stay as they are.
function pathCharOk(c: u32): bool {
  if (isAlnum(c)) return true;
  const allowed = "-_.~$&+,/:;=@";
  for (let i = 0; i < allowed.length; i++) if (<u32>allowed.charCodeAt(i) == c) return true;
  return false;
}

// Whether escaping the decoded path reproduces the raw path exactly (then Go keeps no separate raw path).
function escapesTo(decoded: usize, p: usize, from: u32, to: u32): bool {
  const d = stringBytes(decoded);
  const dn = stringLength(decoded);
  let j = from;
  for (let i: u32 = 0; i < dn; i++) {
    const c = <u32>load<u8>(d + i);
    if (pathCharOk(c)) {
      if (j >= to || <u32>load<u8>(p + j) != c) return false;
      j++;
      continue;
    }
    if (j + 3 > to || load<u8>(p + j) != 37) return false;
    const hi = hexValue(load<u8>(p + j + 1));
    const lo = hexValue(load<u8>(p + j + 2));
    const upperHex = load<u8>(p + j + 1) < 97 && load<u8>(p + j + 2) < 97;
    if (hi < 0 || lo < 0 || <u32>((hi << 4) | lo) != c || !upperHex) return false;
    j += 3;
  }
  return j == to;
}

function indexOf(p: usize, from: u32, to: u32, c: u32): i32 {
  for (let i = from; i < to; i++) if (<u32>load<u8>(p + i) == c) return <i32>i;
  return -1;
}

function lastIndexOf(p: usize, from: u32, to: u32, c: u32): i32 {
  for (let i = to; i > from; i--) if (<u32>load<u8>(p + i - 1) == c) return <i32>(i - 1);
  return -1;
}

// ":" followed by ASCII digits only (or nothing at all).
function validOptionalPort(p: usize, from: u32, to: u32): bool {
  if (from == to) return true;
  if (load<u8>(p + from) != 58) return false;
  for (let i = from + 1; i < to; i++) {
    const c = load<u8>(p + i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Userinfo characters Go accepts.
function validUserinfo(p: usize, from: u32, to: u32): bool {
  const allowed = "-._:~!$&'()*+,;=%@";
  for (let i = from; i < to; i++) {
    const c = <u32>load<u8>(p + i);
    if (isAlnum(c)) continue;
    let ok = false;
    for (let k = 0; k < allowed.length; k++) if (<u32>allowed.charCodeAt(k) == c) ok = true;
    if (!ok) return false;
  }
  return true;
}

// Parses the authority [from, to): userinfo@host[:port]; fills host and port ranges.
function parseAuthority(p: usize, from: u32, to: u32): bool {
  const at = lastIndexOf(p, from, to, 64);
  let start = from;
  if (at >= 0) {
    if (!validUserinfo(p, from, <u32>at)) return false;
    start = <u32>at + 1;
  }
  hostStart = start;
  hostEnd = to;
  portStart = to;
  portEnd = to;
  if (start < to && load<u8>(p + start) == 91) {
    const close = lastIndexOf(p, start, to, 93);
    if (close < 0 || !validOptionalPort(p, <u32>close + 1, to)) return false;
    if (unescape(p, start, <u32>close + 1, MODE_HOST) == 0) return false;
    hostStart = start + 1;
    hostEnd = <u32>close;
    if (<u32>close + 1 < to) portStart = <u32>close + 2;
    return true;
  }
  const colon = lastIndexOf(p, start, to, 58);
  if (colon >= 0) {
    if (!validOptionalPort(p, <u32>colon, to)) return false;
    hostEnd = <u32>colon;
    portStart = <u32>colon + 1;
  }
  return unescape(p, hostStart, hostEnd, MODE_HOST) != 0;
}

// Length of the scheme before ':' (0 if there is none); -1 for a leading ':'.
function schemeLength(p: usize, n: u32): i32 {
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if ((c >= 48 && c <= 57) || c == 43 || c == 45 || c == 46) {
      if (i == 0) return 0;
      continue;
    }
    if (c == 58) return i == 0 ? -1 : <i32>i;
    return 0;
  }
  return 0;
}

function resetParts(): void {
  scheme = 0;
  hostStart = hostEnd = portStart = portEnd = queryStart = queryEnd = 0;
  path = rawPath = fragment = 0;
}

// Parses a URI reference as url.Parse does; false on any error.
function parseUri(p: usize, n: u32): bool {
  resetParts();
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c < 0x20 || c == 0x7f) return false;
  }
  let end = n;
  const hash = indexOf(p, 0, n, 35);
  if (hash >= 0) {
    fragment = unescape(p, <u32>hash + 1, n, MODE_FRAGMENT);
    if (fragment == 0) return false;
    end = <u32>hash;
  }
  const sl = schemeLength(p, end);
  if (sl < 0) return false;
  let rest: u32 = 0;
  if (sl > 0) {
    const lower = bufNew(<u32>sl);
    for (let i: u32 = 0; i < <u32>sl; i++) {
      const c = <u32>load<u8>(p + i);
      bufByte(lower, c >= 65 && c <= 90 ? c + 32 : c);
    }
    scheme = bufToString(lower);
    rest = <u32>sl + 1;
  }
  const question = indexOf(p, rest, end, 63);
  if (question >= 0) {
    queryStart = <u32>question + 1;
    queryEnd = end;
    end = <u32>question;
  }
  const absolute = rest < end && load<u8>(p + rest) == 47;
  // An opaque URI (scheme:rest without a leading slash) keeps no path; OPA reports only its scheme.
  if (!absolute && scheme != 0) return true;
  if (!absolute) {
    const slash = indexOf(p, rest, end, 47);
    const colon = indexOf(p, rest, slash < 0 ? end : <u32>slash, 58);
    if (colon >= 0) return false;
  }
  if (rest + 1 < end && load<u8>(p + rest) == 47 && load<u8>(p + rest + 1) == 47) {
    const authorityEnd = indexOf(p, rest + 2, end, 47);
    const stop = authorityEnd < 0 ? end : <u32>authorityEnd;
    if (!parseAuthority(p, rest + 2, stop)) return false;
    rest = stop;
  }
  if (rest == end) return true;
  path = unescape(p, rest, end, MODE_PATH);
  if (path == 0) return false;
  rawPath = escapesTo(path, p, rest, end) ? path : makeString(p + rest, end - rest);
  return true;
}

function putRange(obj: usize, name: string, p: usize, from: u32, to: u32): void {
  if (to > from) objectInsert(obj, makeStringLiteral(name), makeString(p + from, to - from));
}

function putString(obj: usize, name: string, s: usize): void {
  if (s != 0 && stringLength(s) > 0) objectInsert(obj, makeStringLiteral(name), s);
}

export function builtin_uri__parse(s: usize): usize {
  if (!isString(s)) return 0;
  const p = stringBytes(s);
  if (!parseUri(p, stringLength(s))) return 0;
  const out = makeObject();
  putString(out, "scheme", scheme);
  putRange(out, "hostname", p, hostStart, hostEnd);
  putRange(out, "port", p, portStart, portEnd);
  putString(out, "path", path);
  putString(out, "raw_path", rawPath);
  putRange(out, "raw_query", p, queryStart, queryEnd);
  putString(out, "fragment", fragment);
  return out;
}

export function builtin_uri__is_valid(s: usize): usize {
  if (!isString(s)) return 0;
  const n = stringLength(s);
  const p = stringBytes(s);
  // A valid URI must parse and be absolute: a scheme, or at least a path from the root.
  return makeBoolean(n > 0 && parseUri(p, n) && (scheme != 0 || load<u8>(p) == 47));
}

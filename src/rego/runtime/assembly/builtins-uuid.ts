// uuid.parse: the fields OPA reports for a UUID in any of google/uuid's forms (36 chars with dashes, "urn:uuid:"
// prefix in any case, 38 chars with one wrapping character each side, 32 hex digits): version and variant, and
// for versions 1 and 2 the time (ns since the Unix epoch), clock sequence, node id and MAC flags; v2 adds id/domain.

import { malloc } from "./alloc";
import { makeObject, objectInsert } from "./table";
import { makeNumberInt, makeString, makeStringLiteral, stringBytes, stringLength, valueType, TYPE_STRING } from "./value";

const BYTES: usize = memory.data(16);

/** 100-ns intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
const UUID_EPOCH_OFFSET: i64 = 122192928000000000;

function hexValue(c: u8): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  if (c >= 0x61 && c <= 0x66) return <i32>c - 0x57;
  if (c >= 0x41 && c <= 0x46) return <i32>c - 0x37;
  return -1;
}

function hexByte(p: usize): i32 {
  const hi = hexValue(load<u8>(p));
  const lo = hexValue(load<u8>(p + 1));
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

// Decodes 16 bytes into BYTES from the canonical 36-character form at `p`.
function parseDashed(p: usize): bool {
  if (load<u8>(p + 8) != 0x2d || load<u8>(p + 13) != 0x2d || load<u8>(p + 18) != 0x2d || load<u8>(p + 23) != 0x2d) {
    return false;
  }
  let i = 0;
  for (let pos = 0; pos < 36 && i < 16; pos += 2) {
    if (pos == 8 || pos == 13 || pos == 18 || pos == 23) pos++;
    const b = hexByte(p + pos);
    if (b < 0) return false;
    store<u8>(BYTES + i++, <u8>b);
  }
  return true;
}

function isUrnPrefix(p: usize): bool {
  const prefix = "urn:uuid:";
  for (let i = 0; i < 9; i++) {
    const c = <i32>load<u8>(p + i);
    const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if (lower != prefix.charCodeAt(i)) return false;
  }
  return true;
}

function parseUuid(p: usize, len: u32): bool {
  if (len == 36) return parseDashed(p);
  if (len == 45) return isUrnPrefix(p) && parseDashed(p + 9);
  if (len == 38) return parseDashed(p + 1);
  if (len == 32) {
    for (let i = 0; i < 16; i++) {
      const b = hexByte(p + (<usize>i << 1));
      if (b < 0) return false;
      store<u8>(BYTES + i, <u8>b);
    }
    return true;
  }
  return false;
}

@inline function byteAt(i: i32): u32 {
  return <u32>load<u8>(BYTES + i);
}

function variantName(): usize {
  const b = byteAt(8);
  if ((b & 0xc0) == 0x80) return makeStringLiteral("RFC4122");
  if ((b & 0xe0) == 0xc0) return makeStringLiteral("Microsoft");
  if ((b & 0xe0) == 0xe0) return makeStringLiteral("Future");
  return makeStringLiteral("Reserved");
}

function nodeIdString(): usize {
  const out = malloc(17);
  for (let i = 0; i < 6; i++) {
    const b = byteAt(10 + i);
    const hi = b >> 4;
    const lo = b & 15;
    store<u8>(out + i * 3, <u8>(hi < 10 ? 0x30 + hi : 0x57 + hi));
    store<u8>(out + i * 3 + 1, <u8>(lo < 10 ? 0x30 + lo : 0x57 + lo));
    if (i < 5) store<u8>(out + i * 3 + 2, 0x2d);
  }
  return makeString(out, 17);
}

function macVariables(): usize {
  const first = byteAt(10);
  const local = (first & 2) != 0;
  const multicast = (first & 1) != 0;
  if (local) return makeStringLiteral(multicast ? "local:multicast" : "local:unicast");
  return makeStringLiteral(multicast ? "global:multicast" : "global:unicast");
}

function domainName(d: u32): usize {
  if (d == 0) return makeStringLiteral("Person");
  if (d == 1) return makeStringLiteral("Group");
  if (d == 2) return makeStringLiteral("Org");
  const out = malloc(9);
  let n = 0;
  const text = "Domain";
  for (; n < 6; n++) store<u8>(out + n, <u8>text.charCodeAt(n));
  if (d >= 100) store<u8>(out + n++, <u8>(0x30 + d / 100));
  if (d >= 10) store<u8>(out + n++, <u8>(0x30 + (d / 10) % 10));
  store<u8>(out + n++, <u8>(0x30 + d % 10));
  return makeString(out, <u32>n);
}

function put(obj: usize, key: string, value: usize): void {
  objectInsert(obj, makeStringLiteral(key), value);
}

/** uuid.parse(s): an object describing the UUID, or undefined when s is not one. */
export function builtin_uuid__parse(s: usize): usize {
  if (valueType(s) != TYPE_STRING || !parseUuid(stringBytes(s), stringLength(s))) return 0;
  const version = byteAt(6) >> 4;
  const result = makeObject();
  put(result, "version", makeNumberInt(<i64>version));
  put(result, "variant", variantName());
  if (version != 1 && version != 2) return result;
  const timeLow = (byteAt(0) << 24) | (byteAt(1) << 16) | (byteAt(2) << 8) | byteAt(3);
  const timeMid = (byteAt(4) << 8) | byteAt(5);
  const timeHigh = ((byteAt(6) << 8) | byteAt(7)) & 0xfff;
  const ticks = <i64>timeLow | (<i64>timeMid << 32) | (<i64>timeHigh << 48);
  put(result, "time", makeNumberInt((ticks - UUID_EPOCH_OFFSET) * 100));
  put(result, "clocksequence", makeNumberInt(<i64>(((byteAt(8) << 8) | byteAt(9)) & 0x3fff)));
  put(result, "nodeid", nodeIdString());
  put(result, "macvariables", macVariables());
  if (version == 2) {
    put(result, "id", makeNumberInt(<i64>timeLow));
    put(result, "domain", domainName(byteAt(9)));
  }
  return result;
}

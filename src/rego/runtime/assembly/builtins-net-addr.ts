// IP addresses and CIDR networks for the net.* built-ins, following Go's net.ParseIP / net.ParseCIDR: IPv4
// dotted quads (no leading zeros), IPv6 with "::" and an embedded IPv4 tail, no zones. Addresses are 128-bit
// (two u64); IPv4 and IPv4-mapped IPv6 addresses are kept as 32-bit values, as Go's To4 does.

import { malloc } from "./alloc";

@unmanaged export class Ip {
  hi: u64;
  lo: u64;
  /** 32 for IPv4, 128 for IPv6. */
  bits: i32;
  /** Prefix length for networks; `bits` for a plain address. */
  prefix: i32;
}

export function newIp(): Ip {
  const ip = changetype<Ip>(malloc(offsetof<Ip>()));
  ip.hi = 0;
  ip.lo = 0;
  ip.bits = 0;
  ip.prefix = 0;
  return ip;
}

function digitAt(p: usize, i: i32): i32 {
  const c = <i32>load<u8>(p + i);
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

function hexAt(p: usize, i: i32): i32 {
  const c = <i32>load<u8>(p + i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Parses a dotted quad filling all of [from, to); returns the value or -1. */
function parseIPv4(p: usize, from: i32, to: i32): i64 {
  let value: i64 = 0;
  let fields = 0;
  let i = from;
  while (fields < 4) {
    if (i >= to || digitAt(p, i) < 0) return -1;
    let octet = 0;
    const start = i;
    while (i < to && digitAt(p, i) >= 0) {
      octet = octet * 10 + digitAt(p, i);
      if (octet > 255 || i - start >= 3) return -1;
      i++;
    }
    if (i - start > 1 && load<u8>(p + start) == 0x30) return -1;
    value = (value << 8) | octet;
    fields++;
    if (fields < 4) {
      if (i >= to || load<u8>(p + i) != 0x2e) return -1;
      i++;
    }
  }
  return i == to ? value : -1;
}

// Parses IPv6 text filling [from, to) into `out` (bits 128); false if malformed.
function parseIPv6(p: usize, from: i32, to: i32, out: Ip): bool {
  const groups = memory.data(16); // eight u16 groups
  memory.fill(groups, 0, 16);
  let n = 0;
  let ellipsis = -1;
  let i = from;
  if (to - from >= 2 && load<u8>(p + i) == 0x3a && load<u8>(p + i + 1) == 0x3a) {
    ellipsis = 0;
    i += 2;
    if (i == to) return finishIPv6(groups, n, ellipsis, out);
  }
  while (i < to) {
    let value = 0;
    let digits = 0;
    while (i + digits < to && digits < 5 && hexAt(p, i + digits) >= 0) {
      value = (value << 4) | hexAt(p, i + digits);
      digits++;
    }
    if (digits == 0) return false;
    // Digits followed by '.' start an embedded IPv4 tail.
    if (i + digits < to && load<u8>(p + i + digits) == 0x2e) {
      if (n > 6 || (ellipsis < 0 && n != 6)) return false;
      const v4 = parseIPv4(p, i, to);
      if (v4 < 0) return false;
      store<u16>(groups + (<usize>n << 1), <u16>(v4 >> 16));
      store<u16>(groups + (<usize>(n + 1) << 1), <u16>v4);
      n += 2;
      i = to;
      break;
    }
    if (digits > 4) return false;
    if (n >= 8) return false;
    store<u16>(groups + (<usize>n << 1), <u16>value);
    n++;
    i += digits;
    if (i == to) break;
    if (load<u8>(p + i) != 0x3a) return false;
    i++;
    if (i < to && load<u8>(p + i) == 0x3a) {
      if (ellipsis >= 0) return false;
      ellipsis = n;
      i++;
      if (i == to) break;
    } else if (i == to) {
      return false;
    }
  }
  return finishIPv6(groups, n, ellipsis, out);
}

function finishIPv6(groups: usize, n: i32, ellipsis: i32, out: Ip): bool {
  if (ellipsis < 0 && n != 8) return false;
  if (ellipsis >= 0 && n >= 8) return false;
  const words = memory.data(16);
  memory.fill(words, 0, 16);
  const tail = n - (ellipsis < 0 ? n : ellipsis);
  const head = n - tail;
  for (let k = 0; k < head; k++) store<u16>(words + (<usize>k << 1), load<u16>(groups + (<usize>k << 1)));
  for (let k = 0; k < tail; k++) {
    store<u16>(words + (<usize>(8 - tail + k) << 1), load<u16>(groups + (<usize>(head + k) << 1)));
  }
  let hi: u64 = 0;
  let lo: u64 = 0;
  for (let k = 0; k < 4; k++) hi = (hi << 16) | <u64>load<u16>(words + (<usize>k << 1));
  for (let k = 4; k < 8; k++) lo = (lo << 16) | <u64>load<u16>(words + (<usize>k << 1));
  out.hi = hi;
  out.lo = lo;
  out.bits = 128;
  out.prefix = 128;
  return true;
}

/** Whether a 128-bit address is IPv4-mapped (::ffff:a.b.c.d). */
@inline function isV4Mapped(ip: Ip): bool {
  return ip.bits == 128 && ip.hi == 0 && (ip.lo >> 32) == 0xffff;
}

/** Parses an address (net.ParseIP) from [from, to) into `out`; IPv4-mapped IPv6 becomes IPv4. */
export function parseAddress(p: usize, from: i32, to: i32, out: Ip): bool {
  if (to <= from) return false;
  let colon = false;
  for (let i = from; i < to; i++) if (load<u8>(p + i) == 0x3a) { colon = true; break; }
  if (!colon) {
    const v4 = parseIPv4(p, from, to);
    if (v4 < 0) return false;
    out.hi = 0;
    out.lo = <u64>v4;
    out.bits = 32;
    out.prefix = 32;
    return true;
  }
  if (!parseIPv6(p, from, to, out)) return false;
  if (isV4Mapped(out)) {
    out.lo &= 0xffffffff;
    out.bits = 32;
    out.prefix = 32;
  }
  return true;
}

/** The network mask of `prefix` bits in a `bits`-wide address, as hi/lo words (lo only for IPv4). */
export function maskHi(bits: i32, prefix: i32): u64 {
  if (bits == 32) return 0;
  if (prefix >= 64) return 0xffffffffffffffff;
  return prefix == 0 ? 0 : 0xffffffffffffffff << <u64>(64 - prefix);
}

export function maskLo(bits: i32, prefix: i32): u64 {
  if (bits == 32) return prefix == 0 ? 0 : (<u64>0xffffffff << <u64>(32 - prefix)) & 0xffffffff;
  if (prefix <= 64) return 0;
  return prefix == 128 ? 0xffffffffffffffff : 0xffffffffffffffff << <u64>(128 - prefix);
}

/** Clears the host bits of a network. */
export function applyMask(net: Ip): void {
  net.hi &= maskHi(net.bits, net.prefix);
  net.lo &= maskLo(net.bits, net.prefix);
}

/**
 * Parses a CIDR (net.ParseCIDR) from [from, to) into `out` (masked). An IPv4-mapped IPv6 network becomes an
 * IPv4 network with the prefix reduced by 96, which is how Go's IPNet compares and prints it.
 */
export function parseCidr(p: usize, from: i32, to: i32, out: Ip): bool {
  let slash = -1;
  for (let i = from; i < to; i++) if (load<u8>(p + i) == 0x2f) { slash = i; break; }
  if (slash < 0 || slash + 1 >= to) return false;
  let colon = false;
  for (let i = from; i < slash; i++) if (load<u8>(p + i) == 0x3a) { colon = true; break; }
  if (colon) {
    if (!parseIPv6(p, from, slash, out)) return false;
  } else {
    const v4 = parseIPv4(p, from, slash);
    if (v4 < 0) return false;
    out.hi = 0;
    out.lo = <u64>v4;
    out.bits = 32;
  }
  let prefix = 0;
  for (let i = slash + 1; i < to; i++) {
    const d = digitAt(p, i);
    if (d < 0) return false;
    prefix = prefix * 10 + d;
    if (prefix > 0xffff) return false;
  }
  if (prefix > out.bits) return false;
  out.prefix = prefix;
  applyMask(out);
  if (isV4Mapped(out)) {
    out.lo &= 0xffffffff;
    out.bits = 32;
    out.prefix = prefix > 96 ? prefix - 96 : 0;
    applyMask(out);
  }
  return true;
}

/** Whether network `net` contains the address (or network start) `ip` (same family only). */
export function netContains(net: Ip, ip: Ip): bool {
  if (net.bits != ip.bits) return false;
  return (ip.hi & maskHi(net.bits, net.prefix)) == net.hi && (ip.lo & maskLo(net.bits, net.prefix)) == net.lo;
}

/** The last address of a network into `out`. */
export function lastAddress(net: Ip, out: Ip): void {
  out.bits = net.bits;
  out.prefix = net.bits;
  out.hi = net.hi | ~maskHi(net.bits, net.prefix);
  out.lo = net.lo | (~maskLo(net.bits, net.prefix) & (net.bits == 32 ? <u64>0xffffffff : 0xffffffffffffffff));
  if (net.bits == 32) out.hi = 0;
}

function writeDecimal(at: usize, n: u32): usize {
  if (n >= 100) store<u8>(at++, <u8>(0x30 + n / 100));
  if (n >= 10) store<u8>(at++, <u8>(0x30 + (n / 10) % 10));
  store<u8>(at++, <u8>(0x30 + n % 10));
  return at;
}

function writeHexGroup(at: usize, g: u32): usize {
  let shift = 12;
  while (shift > 0 && ((g >> shift) & 0xf) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) {
    const d = (g >> shift) & 0xf;
    store<u8>(at++, <u8>(d < 10 ? 0x30 + d : 0x57 + d));
  }
  return at;
}

@inline function group(ip: Ip, k: i32): u32 {
  const word = k < 4 ? ip.hi : ip.lo;
  return <u32>((word >> <u64>((3 - (k & 3)) * 16)) & 0xffff);
}

/** Writes the address as Go prints it (dotted quad, or RFC 5952 IPv6) at `at`; returns the end (<= 40 bytes). */
export function writeAddress(at: usize, ip: Ip): usize {
  if (ip.bits == 32) {
    for (let k = 3; k >= 0; k--) {
      at = writeDecimal(at, <u32>((ip.lo >> <u64>(k * 8)) & 0xff));
      if (k > 0) store<u8>(at++, 0x2e);
    }
    return at;
  }
  // The longest run of two or more zero groups (the first on ties) becomes "::".
  let bestStart = -1;
  let bestLen = 1;
  for (let k = 0; k < 8;) {
    if (group(ip, k) != 0) { k++; continue; }
    let e = k;
    while (e < 8 && group(ip, e) == 0) e++;
    if (e - k > bestLen) { bestStart = k; bestLen = e - k; }
    k = e;
  }
  for (let k = 0; k < 8; k++) {
    if (k == bestStart) {
      store<u8>(at++, 0x3a);
      store<u8>(at++, 0x3a);
      k += bestLen - 1;
      continue;
    }
    if (k > 0 && k != bestStart + bestLen) store<u8>(at++, 0x3a);
    at = writeHexGroup(at, group(ip, k));
  }
  return at;
}

/** Writes "address/prefix"; returns the end (<= 44 bytes). */
export function writeCidr(at: usize, net: Ip): usize {
  at = writeAddress(at, net);
  store<u8>(at++, 0x2f);
  return writeDecimal(at, <u32>net.prefix);
}

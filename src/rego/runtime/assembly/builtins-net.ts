// net.* CIDR built-ins with Go's net package semantics as OPA uses them: cidr_contains (and its deprecated
// name cidr_overlap), cidr_intersects, cidr_is_valid, cidr_expand, cidr_merge and cidr_contains_matches.
// Malformed addresses or operands give undefined, or OPA's built-in error in strict mode (./errors).

import { malloc } from "./alloc";
import { Ip, lastAddress, netContains, newIp, parseAddress, parseCidr, writeAddress, writeCidr } from "./builtins-net-addr";
import { mergeNetworks, mergedCount } from "./builtins-net-merge";
import { builtinError, builtinErrorString } from "./errors";
import { entryKey, entryValue, makeSet, setAdd, tableFirst, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, makeArray, makeBoolean, makeNumberInt, makeString, stringBytes, stringLength,
  valueType, TYPE_ARRAY, TYPE_OBJECT, TYPE_SET, TYPE_STRING,
} from "./value";

/** cidr_expand refuses networks with more addresses than this (OPA would try to build them all). */
const MAX_EXPAND: u64 = 1 << 20;

@inline function parseCidrValue(v: usize, out: Ip): bool {
  return parseCidr(stringBytes(v), 0, <i32>stringLength(v), out);
}

// Whether network `a` contains `b`, an address or a network (first and last address inside). -1 if b is malformed.
function containsAddressOrNet(a: Ip, b: usize): i32 {
  const ip = newIp();
  if (parseAddress(stringBytes(b), 0, <i32>stringLength(b), ip)) return netContains(a, ip) ? 1 : 0;
  if (!parseCidrValue(b, ip)) return -1;
  if (!netContains(a, ip)) return 0;
  const last = newIp();
  lastAddress(ip, last);
  return netContains(a, last) ? 1 : 0;
}

/** net.cidr_contains(cidr, cidr_or_ip). */
export function builtin_net__cidr_contains(cidr: usize, other: usize): usize {
  if (valueType(cidr) != TYPE_STRING || valueType(other) != TYPE_STRING) return 0;
  const a = newIp();
  if (!parseCidrValue(cidr, a)) return builtinErrorString("net.cidr_contains", "invalid CIDR address: ", cidr);
  const r = containsAddressOrNet(a, other);
  return r < 0 ? builtinErrorString("net.cidr_contains", "invalid CIDR address or IP: ", other) : makeBoolean(r == 1);
}

/** net.cidr_overlap: OPA's deprecated name for net.cidr_contains. */
export function builtin_net__cidr_overlap(cidr: usize, other: usize): usize {
  return builtin_net__cidr_contains(cidr, other);
}

/** net.cidr_intersects(a, b): either network contains the other's first address. */
export function builtin_net__cidr_intersects(a: usize, b: usize): usize {
  if (valueType(a) != TYPE_STRING || valueType(b) != TYPE_STRING) return 0;
  const na = newIp();
  const nb = newIp();
  if (!parseCidrValue(a, na)) return builtinErrorString("net.cidr_intersects", "invalid CIDR address: ", a);
  if (!parseCidrValue(b, nb)) return builtinErrorString("net.cidr_intersects", "invalid CIDR address: ", b);
  return makeBoolean(netContains(na, nb) || netContains(nb, na));
}

/** net.cidr_is_valid(s): false for anything but a valid CIDR string. */
export function builtin_net__cidr_is_valid(s: usize): usize {
  if (valueType(s) != TYPE_STRING) return makeBoolean(false);
  return makeBoolean(parseCidrValue(s, newIp()));
}

function addressString(ip: Ip): usize {
  const buf = malloc(48);
  return makeString(buf, <u32>(writeAddress(buf, ip) - buf));
}

function cidrString(ip: Ip): usize {
  const buf = malloc(48);
  return makeString(buf, <u32>(writeCidr(buf, ip) - buf));
}

/** net.cidr_expand(cidr): the set of every address in the network. */
export function builtin_net__cidr_expand(cidr: usize): usize {
  if (valueType(cidr) != TYPE_STRING) return 0;
  const net = newIp();
  if (!parseCidrValue(cidr, net)) return builtinErrorString("net.cidr_expand", "invalid CIDR address: ", cidr);
  const hostBits = net.bits - net.prefix;
  if (hostBits > 20 || (<u64>1 << <u64>hostBits) > MAX_EXPAND) return 0;
  const count = <i32>(1 << hostBits);
  const result = makeSet();
  const ip = newIp();
  ip.bits = net.bits;
  ip.prefix = net.bits;
  ip.hi = net.hi;
  for (let i = 0; i < count; i++) {
    ip.lo = net.lo + <u64>i;
    setAdd(result, addressString(ip));
  }
  return result;
}

// One element of net.cidr_merge's operand into `out`: an address (IPv4 only: default class mask) or a CIDR.
function mergeElement(v: usize, out: Ip): bool {
  if (valueType(v) != TYPE_STRING) return false;
  const p = stringBytes(v);
  const len = <i32>stringLength(v);
  if (parseAddress(p, 0, len, out)) {
    if (out.bits != 32) return builtinError("net.cidr_merge", "IPv6 invalid: needs prefix length") != 0;
    const first = <u32>(out.lo >> 24);
    out.prefix = first < 0x80 ? 8 : first < 0xc0 ? 16 : 24;
    out.lo &= (<u64>0xffffffff << <u64>(32 - out.prefix)) & 0xffffffff;
    return true;
  }
  return parseCidr(p, 0, len, out);
}

/** net.cidr_merge(addrs): the smallest set of CIDRs covering the given addresses and networks. */
export function builtin_net__cidr_merge(addrs: usize): usize {
  const t = valueType(addrs);
  if (t != TYPE_ARRAY && t != TYPE_SET) return 0;
  const n = t == TYPE_ARRAY ? <i32>arrayLength(addrs) : countEntries(addrs);
  const size = offsetof<Ip>();
  const nets = malloc(<usize>max(n, 1) * size);
  if (t == TYPE_ARRAY) {
    for (let i = 0; i < n; i++) {
      if (!mergeElement(arrayGet(addrs, <u32>i), changetype<Ip>(nets + <usize>i * size))) return mergeFailed(arrayGet(addrs, <u32>i));
    }
  } else {
    let i = 0;
    for (let e = tableFirst(addrs); e != 0; e = tableNext(addrs, e)) {
      if (!mergeElement(entryKey(e), changetype<Ip>(nets + <usize>i * size))) return mergeFailed(entryKey(e));
      i++;
    }
  }
  const merged = mergeNetworks(nets, n);
  const result = makeSet();
  for (let i = 0; i < mergedCount; i++) setAdd(result, cidrString(changetype<Ip>(merged + <usize>i * size)));
  return result;
}

// The error for a net.cidr_merge element that is neither an address nor a CIDR.
function mergeFailed(v: usize): usize {
  if (valueType(v) != TYPE_STRING) return builtinError("net.cidr_merge", "element must be string");
  return builtinErrorString("net.cidr_merge", "invalid CIDR address: ", v);
}

function countEntries(t: usize): i32 {
  let n = 0;
  for (let e = tableFirst(t); e != 0; e = tableNext(t, e)) n++;
  return n;
}

// The CIDR or address of one operand element: a string, or the first element of a non-empty array; 0 otherwise.
function matchTerm(v: usize): usize {
  const t = valueType(v);
  if (t == TYPE_STRING) return v;
  if (t == TYPE_ARRAY && arrayLength(v) > 0) return arrayGet(v, 0);
  return 0;
}

// Collects an operand of net.cidr_contains_matches as pairs [term, key] into `out` (an array of 2-element
// arrays); false for an element that is neither a string nor a non-empty array.
function collectOperand(v: usize, out: usize): bool {
  const t = valueType(v);
  if (t == TYPE_STRING) {
    addPair(out, v, v);
  } else if (t == TYPE_ARRAY) {
    const n = arrayLength(v);
    for (let i: u32 = 0; i < n; i++) {
      const term = matchTerm(arrayGet(v, i));
      if (term == 0) return false;
      addPair(out, term, makeNumberInt(<i64>i));
    }
  } else if (t == TYPE_SET || t == TYPE_OBJECT) {
    for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
      const term = matchTerm(t == TYPE_SET ? entryKey(e) : entryValue(e));
      if (term == 0) return false;
      addPair(out, term, entryKey(e));
    }
  }
  return true;
}

function addPair(out: usize, term: usize, key: usize): void {
  arrayAppend(out, term);
  arrayAppend(out, key);
}

/** net.cidr_contains_matches(cidrs, cidrs_or_ips): the set of [key1, key2] where cidr key1 contains key2. */
export function builtin_net__cidr_contains_matches(cidrs: usize, addrs: usize): usize {
  const left = makeArray(8);
  const right = makeArray(8);
  if (!collectOperand(cidrs, left)) return builtinError("net.cidr_contains_matches", "operand 1: element must be string or non-empty array");
  if (!collectOperand(addrs, right)) return builtinError("net.cidr_contains_matches", "operand 2: element must be string or non-empty array");
  const result = makeSet();
  const net = newIp();
  for (let i: u32 = 0; i < arrayLength(left); i += 2) {
    const cidr = arrayGet(left, i);
    if (valueType(cidr) != TYPE_STRING) continue;
    if (!parseCidrValue(cidr, net)) return 0;
    for (let j: u32 = 0; j < arrayLength(right); j += 2) {
      const addr = arrayGet(right, j);
      if (valueType(addr) != TYPE_STRING) continue;
      const r = containsAddressOrNet(net, addr);
      if (r < 0) return 0;
      if (r == 1) {
        const pair = makeArray(2);
        arrayAppend(pair, arrayGet(left, i + 1));
        arrayAppend(pair, arrayGet(right, j + 1));
        setAdd(result, pair);
      }
    }
  }
  return result;
}

// net.cidr_merge's arithmetic: networks become [first, last] address ranges (128-bit, as two u64), ranges of one
// family are sorted and coalesced when they overlap or touch, and each range is cut back into the fewest CIDRs.

import { malloc } from "./alloc";
import { Ip, lastAddress, newIp } from "./builtins-net-addr";

// A range is four u64: first.hi, first.lo, last.hi, last.lo.
const RANGE_SIZE: usize = 32;

@inline function lessThan(ahi: u64, alo: u64, bhi: u64, blo: u64): bool {
  return ahi < bhi || (ahi == bhi && alo < blo);
}

/** Sorts `n` ranges at `ranges` by their first address. */
function sortRanges(ranges: usize, n: i32): void {
  const tmp = memory.data(32);
  for (let gap = n >> 1; gap > 0; gap >>= 1) {
    for (let i = gap; i < n; i++) {
      memory.copy(tmp, ranges + <usize>i * RANGE_SIZE, RANGE_SIZE);
      let j = i;
      while (j >= gap) {
        const prev = ranges + <usize>(j - gap) * RANGE_SIZE;
        if (!lessThan(load<u64>(tmp), load<u64>(tmp, 8), load<u64>(prev), load<u64>(prev, 8))) break;
        memory.copy(ranges + <usize>j * RANGE_SIZE, prev, RANGE_SIZE);
        j -= gap;
      }
      memory.copy(ranges + <usize>j * RANGE_SIZE, tmp, RANGE_SIZE);
    }
  }
}

// Coalesces sorted ranges in place; returns the new count.
function coalesce(ranges: usize, n: i32): i32 {
  if (n == 0) return 0;
  let out = 0;
  for (let i = 1; i < n; i++) {
    const cur = ranges + <usize>out * RANGE_SIZE;
    const next = ranges + <usize>i * RANGE_SIZE;
    const lhi = load<u64>(cur, 16);
    const llo = load<u64>(cur, 24);
    // last + 1, saturating at the top of the address space.
    let phi = lhi;
    let plo = llo + 1;
    if (plo == 0) phi++;
    const saturated = lhi == 0xffffffffffffffff && llo == 0xffffffffffffffff;
    if (saturated || !lessThan(phi, plo, load<u64>(next), load<u64>(next, 8))) {
      if (lessThan(lhi, llo, load<u64>(next, 16), load<u64>(next, 24))) {
        store<u64>(cur, load<u64>(next, 16), 16);
        store<u64>(cur, load<u64>(next, 24), 24);
      }
    } else {
      out++;
      memory.copy(ranges + <usize>out * RANGE_SIZE, next, RANGE_SIZE);
    }
  }
  return out + 1;
}

function trailingZeros128(hi: u64, lo: u64): i32 {
  if (lo != 0) return <i32>ctz(lo);
  if (hi != 0) return 64 + <i32>ctz(hi);
  return 128;
}

// floor(log2(hi:lo + 1)) for a span `hi:lo` = last - first within a `bits`-wide space.
function spanLog2(hi: u64, lo: u64, bits: i32): i32 {
  let shi = hi;
  let slo = lo + 1;
  if (slo == 0) shi++;
  if (shi == 0 && slo == 0) return 128; // the whole IPv6 space
  const log = shi != 0 ? 127 - <i32>clz(shi) : 63 - <i32>clz(slo);
  return log > bits ? bits : log;
}

/** Appends to `out` (holding `count` Ip records) the fewest CIDRs covering one range; returns the new count. */
function rangeToCidrs(range: usize, bits: i32, out: usize, count: i32): i32 {
  let fhi = load<u64>(range);
  let flo = load<u64>(range, 8);
  const lhi = load<u64>(range, 16);
  const llo = load<u64>(range, 24);
  for (;;) {
    let dhi = lhi - fhi;
    const dlo = llo - flo;
    if (llo < flo) dhi--;
    let k = spanLog2(dhi, dlo, bits);
    const tz = trailingZeros128(fhi, flo);
    if (tz < k) k = tz;
    const net = changetype<Ip>(out + <usize>count * offsetof<Ip>());
    net.hi = fhi;
    net.lo = flo;
    net.bits = bits;
    net.prefix = bits - k;
    count++;
    if (k >= 128) break;
    // first += 2^k
    if (k >= 64) {
      const before = fhi;
      fhi += <u64>1 << <u64>(k - 64);
      if (fhi < before) break;
    } else {
      const before = flo;
      flo += <u64>1 << <u64>k;
      if (flo < before) {
        fhi++;
        if (fhi == 0) break;
      }
    }
    if (bits == 32 && flo > 0xffffffff) break;
    if (lessThan(lhi, llo, fhi, flo)) break;
  }
  return count;
}

/** Number of networks the last mergeNetworks produced. */
export let mergedCount: i32 = 0;

/**
 * Merges `n` masked networks (consecutive Ip records at `nets`); returns the address of the resulting Ip records
 * and sets mergedCount.
 */
export function mergeNetworks(nets: usize, n: i32): usize {
  const ranges = malloc(<usize>max(n, 1) * RANGE_SIZE);
  const last = newIp();
  // Worst case per range: two CIDRs per bit of the address.
  const out = malloc(<usize>max(n, 1) * 256 * offsetof<Ip>());
  let count = 0;
  for (let family = 0; family < 2; family++) {
    const bits = family == 0 ? 32 : 128;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const net = changetype<Ip>(nets + <usize>i * offsetof<Ip>());
      if (net.bits != bits) continue;
      lastAddress(net, last);
      const r = ranges + <usize>m * RANGE_SIZE;
      store<u64>(r, net.hi);
      store<u64>(r, net.lo, 8);
      store<u64>(r, last.hi, 16);
      store<u64>(r, last.lo, 24);
      m++;
    }
    sortRanges(ranges, m);
    m = coalesce(ranges, m);
    for (let i = 0; i < m; i++) count = rangeToCidrs(ranges + <usize>i * RANGE_SIZE, bits, out, count);
  }
  mergedCount = count;
  return out;
}

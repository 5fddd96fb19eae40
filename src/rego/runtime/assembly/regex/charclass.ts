// Character classes as sorted, disjoint [lo, hi] rune pairs in an IntVec: building (ranges, Perl/POSIX/Unicode
// names, Unicode simple case folding), normalising, negating, and membership tests during matching.

import { malloc } from "../alloc";
import { IntVec, newIntVec, vecGet, vecPush, vecSet } from "./vec";
import {
  UNICODE_FOLD_COUNT, UNICODE_FOLD_LOOKBACK, UNICODE_FOLD_RUNS, UNICODE_TABLE_COMPONENTS, UNICODE_TABLE_COUNT,
  UNICODE_TABLE_ENTRIES, UNICODE_TABLE_NAMES, UNICODE_TABLE_RANGES,
} from "./unicode-tables";

export const MAX_RUNE: i32 = 0x10ffff;

/** Adds the range [lo, hi] (unsorted until normalizeClass). */
export function classAddRange(c: IntVec, lo: i32, hi: i32): void {
  vecPush(c, lo);
  vecPush(c, hi);
}

// Sorts the pairs of `c` by lo in place: a linear check first (tables and normalised classes arrive sorted),
// otherwise a bottom-up merge sort of the pairs packed as u64 (lo in the high half), O(n log n).
function sortPairs(c: IntVec): void {
  const n = c.len >> 1;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = vecGet(c, (i - 1) << 1) <= vecGet(c, i << 1);
  if (sorted) return;
  let src = malloc(<usize>n << 3);
  let dst = malloc(<usize>n << 3);
  for (let i = 0; i < n; i++) {
    store<u64>(src + (<usize>i << 3), (<u64>vecGet(c, i << 1) << 32) | <u64>(<u32>vecGet(c, (i << 1) + 1)));
  }
  for (let width = 1; width < n; width <<= 1) {
    for (let lo = 0; lo < n; lo += width << 1) {
      const mid = min(lo + width, n);
      const hi = min(lo + (width << 1), n);
      let a = lo, b = mid, k = lo;
      for (; k < hi; k++) {
        let x: u64;
        if (b >= hi || (a < mid && load<u64>(src + (<usize>a << 3)) <= load<u64>(src + (<usize>b << 3)))) {
          x = load<u64>(src + (<usize>a << 3));
          a++;
        } else {
          x = load<u64>(src + (<usize>b << 3));
          b++;
        }
        store<u64>(dst + (<usize>k << 3), x);
      }
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) {
    const x = load<u64>(src + (<usize>i << 3));
    vecSet(c, i << 1, <i32>(x >> 32));
    vecSet(c, (i << 1) + 1, <i32>(x & 0xffffffff));
  }
}

/** Sorts the pairs by lo and merges overlapping or adjacent ones; returns a new vector. */
export function normalizeClass(c: IntVec): IntVec {
  sortPairs(c);
  const n = c.len >> 1;
  const out = newIntVec(c.len);
  for (let i = 0; i < n; i++) {
    const lo = vecGet(c, i << 1);
    const hi = vecGet(c, (i << 1) + 1);
    if (out.len > 0 && lo <= vecGet(out, out.len - 1) + 1) {
      if (hi > vecGet(out, out.len - 1)) vecSet(out, out.len - 1, hi);
    } else {
      vecPush(out, lo);
      vecPush(out, hi);
    }
  }
  return out;
}

/** The complement of a normalised class over [0, MAX_RUNE]. */
export function negateClass(c: IntVec): IntVec {
  const out = newIntVec(c.len + 2);
  let next = 0;
  for (let i = 0; i < c.len; i += 2) {
    const lo = vecGet(c, i);
    if (lo > next) classAddRange(out, next, lo - 1);
    next = vecGet(c, i + 1) + 1;
  }
  if (next <= MAX_RUNE) classAddRange(out, next, MAX_RUNE);
  return out;
}

/** Whether `r` lies in the `n` sorted pairs at `pairs` (binary search). */
export function classContains(pairs: usize, n: i32, r: i32): bool {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = pairs + (<usize>mid << 3);
    if (r < load<i32>(at)) hi = mid - 1;
    else if (r > load<i32>(at, 4)) lo = mid + 1;
    else return true;
  }
  return false;
}

// LEB128 reader over the generated tables.
let cursor: usize = 0;

function readVarint(): i32 {
  let value = 0;
  let shift = 0;
  let b = 0x80;
  while ((b & 0x80) != 0) {
    b = <i32>load<u8>(cursor++);
    value |= (b & 0x7f) << shift;
    shift += 7;
  }
  return value;
}

@inline function foldRun(i: i32): usize {
  return UNICODE_FOLD_RUNS + (<usize>i << 4);
}

// Index of the first run that may hold `r` or any later rune: the last run starting at or below r, stepped back
// over the runs that can interleave with it.
function firstFoldRunFor(r: i32): i32 {
  let lo = 0;
  let hi = UNICODE_FOLD_COUNT;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (load<i32>(foldRun(mid)) <= r) lo = mid + 1;
    else hi = mid;
  }
  const start = lo - 1 - UNICODE_FOLD_LOOKBACK;
  return start < 0 ? 0 : start;
}

/** The next member of `r`'s case-fold orbit (cyclic, as Go's unicode.SimpleFold), or `r` when it has none. */
export function simpleFold(r: i32): i32 {
  for (let i = firstFoldRunFor(r); i < UNICODE_FOLD_COUNT; i++) {
    const run = foldRun(i);
    const lo = load<i32>(run);
    if (lo > r) break;
    if (r <= load<i32>(run, 4) && (r - lo) % load<i32>(run, 8) == 0) return r + load<i32>(run, 12);
  }
  return r;
}

/** Adds [lo, hi] and, for case-insensitive matching, every other member of its runes' fold orbits. */
export function classAddFoldedRange(c: IntVec, lo: i32, hi: i32): void {
  classAddRange(c, lo, hi);
  for (let i = firstFoldRunFor(lo); i < UNICODE_FOLD_COUNT; i++) {
    const run = foldRun(i);
    const runLo = load<i32>(run);
    if (runLo > hi) break;
    const runHi = load<i32>(run, 4);
    if (runHi < lo) continue;
    const step = load<i32>(run, 8);
    let x = runLo;
    if (x < lo) x += ((lo - x + step - 1) / step) * step;
    for (; x <= runHi && x <= hi; x += step) {
      for (let y = simpleFold(x); y != x; y = simpleFold(y)) {
        if (y < lo || y > hi) classAddRange(c, y, y);
      }
    }
  }
}

/** Adds every range of normalised `src` (folded when `fold`). */
export function classAddClass(c: IntVec, src: IntVec, fold: bool): void {
  for (let i = 0; i < src.len; i += 2) {
    if (fold) classAddFoldedRange(c, vecGet(src, i), vecGet(src, i + 1));
    else classAddRange(c, vecGet(src, i), vecGet(src, i + 1));
  }
}

/** Adds the Perl class letter (d s w, lowercase) to `c`; returns false for any other letter. */
export function addPerlClass(c: IntVec, letter: i32): bool {
  if (letter == 0x64) { classAddRange(c, 0x30, 0x39); return true; }
  if (letter == 0x73) {
    classAddRange(c, 0x09, 0x0a);
    classAddRange(c, 0x0c, 0x0d);
    classAddRange(c, 0x20, 0x20);
    return true;
  }
  if (letter == 0x77) {
    classAddRange(c, 0x30, 0x39);
    classAddRange(c, 0x41, 0x5a);
    classAddRange(c, 0x5f, 0x5f);
    classAddRange(c, 0x61, 0x7a);
    return true;
  }
  return false;
}

function bytesEqualLiteral(ptr: usize, len: i32, text: string): bool {
  if (len != text.length) return false;
  for (let i = 0; i < len; i++) if (<i32>load<u8>(ptr + i) != text.charCodeAt(i)) return false;
  return true;
}

/** Adds the POSIX class named by `len` bytes at `name` (e.g. "alpha"); returns false if unknown. */
export function addPosixClass(c: IntVec, name: usize, len: i32): bool {
  if (bytesEqualLiteral(name, len, "alnum")) { classAddRange(c, 0x30, 0x39); classAddRange(c, 0x41, 0x5a); classAddRange(c, 0x61, 0x7a); }
  else if (bytesEqualLiteral(name, len, "alpha")) { classAddRange(c, 0x41, 0x5a); classAddRange(c, 0x61, 0x7a); }
  else if (bytesEqualLiteral(name, len, "ascii")) classAddRange(c, 0, 0x7f);
  else if (bytesEqualLiteral(name, len, "blank")) { classAddRange(c, 0x09, 0x09); classAddRange(c, 0x20, 0x20); }
  else if (bytesEqualLiteral(name, len, "cntrl")) { classAddRange(c, 0, 0x1f); classAddRange(c, 0x7f, 0x7f); }
  else if (bytesEqualLiteral(name, len, "digit")) classAddRange(c, 0x30, 0x39);
  else if (bytesEqualLiteral(name, len, "graph")) classAddRange(c, 0x21, 0x7e);
  else if (bytesEqualLiteral(name, len, "lower")) classAddRange(c, 0x61, 0x7a);
  else if (bytesEqualLiteral(name, len, "print")) classAddRange(c, 0x20, 0x7e);
  else if (bytesEqualLiteral(name, len, "punct")) {
    classAddRange(c, 0x21, 0x2f); classAddRange(c, 0x3a, 0x40); classAddRange(c, 0x5b, 0x60); classAddRange(c, 0x7b, 0x7e);
  }
  else if (bytesEqualLiteral(name, len, "space")) { classAddRange(c, 0x09, 0x0d); classAddRange(c, 0x20, 0x20); }
  else if (bytesEqualLiteral(name, len, "upper")) classAddRange(c, 0x41, 0x5a);
  else if (bytesEqualLiteral(name, len, "word")) addPerlClass(c, 0x77);
  else if (bytesEqualLiteral(name, len, "xdigit")) { classAddRange(c, 0x30, 0x39); classAddRange(c, 0x41, 0x46); classAddRange(c, 0x61, 0x66); }
  else return false;
  return true;
}

function addTableEntry(c: IntVec, index: i32): void {
  const entry = UNICODE_TABLE_ENTRIES + (<usize>index * 20);
  const start = load<i32>(entry, 12);
  const count = load<i32>(entry, 16);
  if (load<i32>(entry, 8) == 1) {
    for (let i = 0; i < count; i++) addTableEntry(c, load<i32>(UNICODE_TABLE_COMPONENTS + (<usize>(start + i) << 2)));
    return;
  }
  cursor = UNICODE_TABLE_RANGES + <usize>start;
  let next = 0;
  for (let i = 0; i < count; i++) {
    const lo = next + readVarint();
    const hi = lo + readVarint();
    classAddRange(c, lo, hi);
    next = hi + 1;
  }
}

/** Adds the Unicode class named by `len` bytes at `name` ("L", "Greek", "Any"); returns false if unknown. */
export function addUnicodeClass(c: IntVec, name: usize, len: i32): bool {
  if (bytesEqualLiteral(name, len, "Any")) { classAddRange(c, 0, MAX_RUNE); return true; }
  for (let i = 0; i < UNICODE_TABLE_COUNT; i++) {
    const entry = UNICODE_TABLE_ENTRIES + (<usize>i * 20);
    const nameLen = load<i32>(entry, 4);
    if (nameLen != len) continue;
    const off = load<i32>(entry);
    if (memory.compare(UNICODE_TABLE_NAMES + off, name, len) == 0) {
      addTableEntry(c, i);
      return true;
    }
  }
  return false;
}

// regex.globs_match(a, b): whether two globs of the glob-intersection syntax OPA uses (`.` any rune, `[...]` sets
// with ranges, `+` / `*` after a token, `\` escapes; anchored at both ends) can both match some non-empty string.
// Follows that library's algorithm, a greedy token walk, so results equal OPA's including its approximations.

import { malloc } from "./alloc";
import { classAddRange, normalizeClass } from "./regex/charclass";
import { reclaim, scratchMark } from "./regex/search";
import { decodeRune, runeOf, widthOf } from "./regex/utf8";
import { IntVec, newIntVec, vecGet, vecPush } from "./regex/vec";
import { makeBoolean, stringBytes, stringLength, valueType, TYPE_STRING } from "./value";

const T_CHAR: i32 = 0;
const T_DOT: i32 = 1;
const T_SET: i32 = 2;
const F_NONE: i32 = 0;
const F_PLUS: i32 = 1;
const F_STAR: i32 = 2;

/** One token: kind, flag, rune (T_CHAR) and normalised ranges (T_SET). */
@unmanaged class Token {
  kind: i32;
  flag: i32;
  rune: i32;
  set: IntVec;
}

// Tokenizer state over the runes of a glob.
let src: usize = 0;
let srcLen: i32 = 0;
let pos: i32 = 0;
let failed = false;
// The rune read by readRune and whether it was escaped; readRune returns false at the end of input.
let rune: i32 = 0;
let escaped = false;

function readRune(): bool {
  if (pos >= srcLen) return false;
  let packed = decodeRune(src, srcLen, pos);
  if (runeOf(packed) == 0x5c) {
    if (pos + 1 >= srcLen) { failed = true; return false; } // input ends with an escape
    pos += 1;
    packed = decodeRune(src, srcLen, pos);
    escaped = true;
  } else {
    escaped = false;
  }
  rune = runeOf(packed);
  pos += widthOf(packed);
  return true;
}

function newToken(kind: i32): Token {
  const t = changetype<Token>(malloc(offsetof<Token>()));
  t.kind = kind;
  t.flag = F_NONE;
  t.rune = 0;
  t.set = changetype<IntVec>(0);
  return t;
}

// "[" was read: members up to "]", with "a-z" ranges.
function readSet(t: Token): void {
  const raw = newIntVec(8);
  let prev = 0;
  let prevExists = false;
  for (;;) {
    if (!readRune()) { failed = true; return; }
    if (escaped) {
      classAddRange(raw, rune, rune);
      prev = rune;
      prevExists = true;
      continue;
    }
    if (rune == 0x5d) break;
    if (rune == 0x2d) {
      if (!prevExists || pos >= srcLen) { failed = true; return; }
      if (!readRune()) { failed = true; return; }
      if ((!escaped && (rune == 0x5d || rune == 0x2d)) || rune < prev) { failed = true; return; }
      classAddRange(raw, prev, rune);
      prevExists = false;
      continue;
    }
    classAddRange(raw, rune, rune);
    prev = rune;
    prevExists = true;
  }
  t.set = normalizeClass(raw);
}

// The tokens of a glob (addresses of Token), or 0 when the glob is invalid.
function tokenize(p: usize, len: i32): IntVec {
  src = p;
  srcLen = len;
  pos = 0;
  failed = false;
  const tokens = newIntVec(16);
  while (readRune()) {
    let t: Token;
    if (!escaped && rune == 0x2e) t = newToken(T_DOT);
    else if (!escaped && rune == 0x5d) return changetype<IntVec>(0);
    else if (!escaped && rune == 0x5b) {
      t = newToken(T_SET);
      readSet(t);
    } else if (!escaped && (rune == 0x2b || rune == 0x2a)) return changetype<IntVec>(0);
    else {
      t = newToken(T_CHAR);
      t.rune = rune;
    }
    if (failed) return changetype<IntVec>(0);
    const before = pos;
    if (readRune() && !escaped && (rune == 0x2b || rune == 0x2a)) t.flag = rune == 0x2b ? F_PLUS : F_STAR;
    else pos = before;
    if (failed) return changetype<IntVec>(0);
    vecPush(tokens, <i32>changetype<usize>(t));
  }
  if (failed) return changetype<IntVec>(0);
  return simplify(tokens);
}

function sameRanges(a: IntVec, b: IntVec): bool {
  if (a.len != b.len) return false;
  for (let i = 0; i < a.len; i++) if (vecGet(a, i) != vecGet(b, i)) return false;
  return true;
}

function sameToken(a: Token, b: Token): bool {
  if (a.kind != b.kind) return false;
  if (a.kind == T_CHAR) return a.rune == b.rune;
  if (a.kind == T_SET) return sameRanges(a.set, b.set);
  return true;
}

// Merges neighbouring flagged tokens with the same content: t*t* = t*, and t+ wins over t*.
function simplify(tokens: IntVec): IntVec {
  if (tokens.len == 0) return tokens;
  const out = newIntVec(tokens.len);
  vecPush(out, vecGet(tokens, 0));
  for (let i = 1; i < tokens.len; i++) {
    const t = tokenAt(tokens, i);
    const latest = tokenAt(out, out.len - 1);
    if (t.flag != F_NONE && latest.flag != F_NONE && sameToken(t, latest)) {
      if (t.flag == F_PLUS) latest.flag = F_PLUS;
      continue;
    }
    vecPush(out, vecGet(tokens, i));
  }
  return out;
}

@inline function tokenAt(tokens: IntVec, i: i32): Token {
  return changetype<Token>(<usize>vecGet(tokens, i));
}

function setsOverlap(a: IntVec, b: IntVec): bool {
  let i = 0;
  let j = 0;
  while (i < a.len && j < b.len) {
    if (vecGet(a, i + 1) < vecGet(b, j)) i += 2;
    else if (vecGet(b, j + 1) < vecGet(a, i)) j += 2;
    else return true;
  }
  return false;
}

function setHas(s: IntVec, r: i32): bool {
  for (let i = 0; i < s.len; i += 2) if (r >= vecGet(s, i) && r <= vecGet(s, i + 1)) return true;
  return false;
}

// Whether two tokens can match a common rune, flags ignored (a dot matches anything, even an empty set).
function tokensMatch(a: Token, b: Token): bool {
  if (a.kind > b.kind) { const t = a; a = b; b = t; }
  if (a.kind == T_DOT || b.kind == T_DOT) return true;
  if (a.kind == T_CHAR) return b.kind == T_CHAR ? a.rune == b.rune : setHas(b.set, a.rune);
  return setsOverlap(a.set, b.set);
}

// Globs are [from, to) slices of token vectors.
function intersectNormal(g1: IntVec, from1: i32, to1: i32, g2: IntVec, from2: i32, to2: i32): bool {
  let i = from1;
  let j = from2;
  for (; i < to1 && j < to2; i++, j++) {
    const a = tokenAt(g1, i);
    const b = tokenAt(g2, j);
    if (a.flag == F_NONE && b.flag == F_NONE) {
      if (!tokensMatch(a, b)) return false;
    } else {
      return intersectSpecial(g1, i, to1, g2, j, to2);
    }
  }
  return i == to1 && j == to2;
}

function intersectSpecial(g1: IntVec, from1: i32, to1: i32, g2: IntVec, from2: i32, to2: i32): bool {
  const f1 = tokenAt(g1, from1).flag;
  if (f1 != F_NONE) {
    return f1 == F_PLUS ? intersectPlus(g1, from1, to1, g2, from2, to2) : intersectStar(g1, from1, to1, g2, from2, to2);
  }
  const f2 = tokenAt(g2, from2).flag;
  return f2 == F_PLUS ? intersectPlus(g2, from2, to2, g1, from1, to1) : intersectStar(g2, from2, to2, g1, from1, to1);
}

function intersectPlus(plussed: IntVec, from1: i32, to1: i32, other: IntVec, from2: i32, to2: i32): bool {
  if (!tokensMatch(tokenAt(plussed, from1), tokenAt(other, from2))) return false;
  return intersectStar(plussed, from1, to1, other, from2 + 1, to2);
}

// The starred token swallows tokens of `other` until the rest of both can be matched through.
function intersectStar(starred: IntVec, from1: i32, to1: i32, other: IntVec, from2: i32, to2: i32): bool {
  const star = tokenAt(starred, from1);
  const hasNext = from1 + 1 < to1;
  for (let k = from2; k < to2; k++) {
    const t = tokenAt(other, k);
    if (hasNext && tokensMatch(t, tokenAt(starred, from1 + 1))) {
      if (intersectNormal(starred, from1 + 1, to1, other, k, to2)) return true;
    }
    if (!tokensMatch(t, star)) return false;
  }
  return !hasNext;
}

/** regex.globs_match(glob1, glob2). */
export function builtin_regex__globs_match(glob1: usize, glob2: usize): usize {
  if (valueType(glob1) != TYPE_STRING || valueType(glob2) != TYPE_STRING) return 0;
  const mark = scratchMark();
  const g1 = tokenize(stringBytes(glob1), <i32>stringLength(glob1));
  const g2 = changetype<usize>(g1) == 0 ? g1 : tokenize(stringBytes(glob2), <i32>stringLength(glob2));
  let result = -1;
  if (changetype<usize>(g1) != 0 && changetype<usize>(g2) != 0) result = trimAndIntersect(g1, g2) ? 1 : 0;
  reclaim(mark);
  return result < 0 ? 0 : makeBoolean(result == 1);
}

// Matching unflagged prefixes and suffixes are compared first and cut off, then the middles are intersected.
function trimAndIntersect(g1: IntVec, g2: IntVec): bool {
  let l1 = 0;
  let l2 = 0;
  while (l1 < g1.len && l2 < g2.len && tokenAt(g1, l1).flag == F_NONE && tokenAt(g2, l2).flag == F_NONE) {
    if (!tokensMatch(tokenAt(g1, l1), tokenAt(g2, l2))) return false;
    l1++;
    l2++;
  }
  let r1 = g1.len - 1;
  let r2 = g2.len - 1;
  while (r1 >= l1 && r2 >= l2 && tokenAt(g1, r1).flag == F_NONE && tokenAt(g2, r2).flag == F_NONE) {
    if (!tokensMatch(tokenAt(g1, r1), tokenAt(g2, r2))) return false;
    r1--;
    r2--;
  }
  return intersectNormal(g1, l1, r1 + 1, g2, l2, r2 + 1);
}

// Recursive-descent parser for Go's RE2 syntax over UTF-8 pattern bytes, producing an ast.ts tree. Constructs
// RE2 rejects (look-around, backreferences, possessive or nested quantifiers, counts above 1000) fail the parse.

import {
  A_BOL, A_BOT, A_EOL, A_EOT, F_DOT_NL, F_FOLD, F_MULTILINE, F_UNGREEDY, MAX_DEPTH, MAX_REPEAT, N_ALT, N_ANY,
  N_ANY_NL, N_ASSERT, N_CAPTURE, N_CLASS, N_CONCAT, N_EMPTY, N_REPEAT, Node, Parser, atEnd, fail, newNode,
  newParser, nodeAddKid, nodeWith, peekByte,
} from "./ast";
import { classAddFoldedRange, classAddRange, normalizeClass } from "./charclass";
import { ESC_ASSERT, ESC_CLASS, ESC_ERROR, nextRune, parseBracketClass, parseEscape } from "./parse-class";
import { newIntVec, vecGet, vecPush } from "./vec";

/** Parses `len` bytes at `src`; the parser's `failed` says whether the pattern is invalid. */
export function parseRegex(src: usize, len: i32): Parser {
  const p = newParser(src, len);
  const root = parseAlternation(p);
  if (p.failed == 0 && !atEnd(p)) fail(p); // an unmatched ')'
  p.root = changetype<usize>(root);
  return p;
}

function parseAlternation(p: Parser): Node {
  const first = parseConcat(p);
  if (peekByte(p, 0) != 0x7c) return first;
  const alt = nodeWith(N_ALT, first);
  while (p.failed == 0 && peekByte(p, 0) == 0x7c) {
    p.pos++;
    nodeAddKid(alt, parseConcat(p));
  }
  return alt;
}

function parseConcat(p: Parser): Node {
  const cat = newNode(N_CONCAT);
  while (p.failed == 0 && !atEnd(p)) {
    const c = peekByte(p, 0);
    if (c == 0x7c || c == 0x29) break;
    const atom = parseAtom(p);
    if (p.failed != 0) break;
    if (changetype<usize>(atom) == 0) {
      // A flag group such as (?i) has no node; a quantifier cannot follow it.
      if (isQuantifierStart(p)) return fail(p);
      continue;
    }
    nodeAddKid(cat, parseQuantifiers(p, atom));
  }
  if (changetype<usize>(cat.kids) == 0) return newNode(N_EMPTY);
  if (cat.kids.len == 1) return changetype<Node>(<usize>vecGet(cat.kids, 0));
  return cat;
}

function isQuantifierStart(p: Parser): bool {
  const c = peekByte(p, 0);
  if (c == 0x2a || c == 0x2b || c == 0x3f) return true;
  return c == 0x7b && scanCountedRepeat(p, false) != 0;
}

// Reads "{n}", "{n,}" or "{n,m}" at the cursor. Returns 0 if the text is not that syntax (then '{' is a
// literal), -1 if it is but the counts are out of range, else 1 (with `consume`, advancing and filling p.rmin/rmax).
function scanCountedRepeat(p: Parser, consume: bool): i32 {
  let i = p.pos + 1;
  let min = 0;
  let max = 0;
  let digits = 0;
  let tooBig = false;
  while (i < p.len && load<u8>(p.src + i) >= 0x30 && load<u8>(p.src + i) <= 0x39) {
    min = min * 10 + <i32>load<u8>(p.src + i) - 0x30;
    if (min > MAX_REPEAT) { tooBig = true; min = MAX_REPEAT + 1; }
    digits++;
    i++;
  }
  if (digits == 0 || i >= p.len) return 0;
  if (load<u8>(p.src + i) == 0x2c) {
    i++;
    if (i < p.len && load<u8>(p.src + i) == 0x7d) {
      max = -1;
    } else {
      digits = 0;
      while (i < p.len && load<u8>(p.src + i) >= 0x30 && load<u8>(p.src + i) <= 0x39) {
        max = max * 10 + <i32>load<u8>(p.src + i) - 0x30;
        if (max > MAX_REPEAT) { tooBig = true; max = MAX_REPEAT + 1; }
        digits++;
        i++;
      }
      if (digits == 0) return 0;
    }
  } else {
    max = min;
  }
  if (i >= p.len || load<u8>(p.src + i) != 0x7d) return 0;
  if (tooBig || (max >= 0 && max < min)) return -1;
  if (consume) {
    p.pos = i + 1;
    p.rmin = min;
    p.rmax = max;
  }
  return 1;
}

function parseQuantifiers(p: Parser, atom: Node): Node {
  const c = peekByte(p, 0);
  let min = 0;
  let max = 0;
  if (c == 0x2a) { min = 0; max = -1; p.pos++; }
  else if (c == 0x2b) { min = 1; max = -1; p.pos++; }
  else if (c == 0x3f) { min = 0; max = 1; p.pos++; }
  else if (c == 0x7b) {
    const counted = scanCountedRepeat(p, true);
    if (counted < 0) return fail(p);
    if (counted == 0) return atom;
    min = p.rmin;
    max = p.rmax;
  } else {
    return atom;
  }
  let greedy = (p.flags & F_UNGREEDY) == 0;
  if (peekByte(p, 0) == 0x3f) {
    greedy = !greedy;
    p.pos++;
  }
  if (isQuantifierStart(p)) return fail(p); // nested (a**) or possessive (a*+) repetition
  const rep = nodeWith(N_REPEAT, atom);
  rep.min = min;
  rep.max = max;
  rep.greedy = greedy ? 1 : 0;
  return rep;
}

function literalNode(p: Parser, r: i32): Node {
  const n = newNode(N_CLASS);
  const raw = newIntVec(4);
  if ((p.flags & F_FOLD) != 0) classAddFoldedRange(raw, r, r);
  else classAddRange(raw, r, r);
  n.cls = normalizeClass(raw);
  return n;
}

function assertNode(kind: i32): Node {
  const n = newNode(N_ASSERT);
  n.min = kind;
  return n;
}

function parseAtom(p: Parser): Node {
  const c = peekByte(p, 0);
  switch (c) {
    case 0x28: p.pos++; return parseGroup(p);
    case 0x5b: {
      p.pos++;
      const cls = parseBracketClass(p);
      if (changetype<usize>(cls) == 0) return fail(p);
      const n = newNode(N_CLASS);
      n.cls = cls;
      return n;
    }
    case 0x2e: p.pos++; return newNode((p.flags & F_DOT_NL) != 0 ? N_ANY : N_ANY_NL);
    case 0x5e: p.pos++; return assertNode((p.flags & F_MULTILINE) != 0 ? A_BOL : A_BOT);
    case 0x24: p.pos++; return assertNode((p.flags & F_MULTILINE) != 0 ? A_EOL : A_EOT);
    case 0x2a: case 0x2b: case 0x3f: return fail(p); // missing argument to repetition
    case 0x7b: if (scanCountedRepeat(p, false) != 0) return fail(p); break;
    case 0x5c: return parseBackslash(p);
  }
  return literalNode(p, nextRune(p));
}

function parseBackslash(p: Parser): Node {
  p.pos++;
  if (peekByte(p, 0) == 0x51) return parseQuoted(p);
  const cls = newIntVec(16);
  const r = parseEscape(p, false, cls);
  if (r == ESC_ERROR) return fail(p);
  if (r == ESC_CLASS) {
    const n = newNode(N_CLASS);
    const raw = newIntVec(cls.len);
    const norm = normalizeClass(cls);
    for (let i = 0; i < norm.len; i += 2) {
      if ((p.flags & F_FOLD) != 0) classAddFoldedRange(raw, vecGet(norm, i), vecGet(norm, i + 1));
      else classAddRange(raw, vecGet(norm, i), vecGet(norm, i + 1));
    }
    n.cls = normalizeClass(raw);
    return n;
  }
  if (r <= ESC_ASSERT) return assertNode(ESC_ASSERT - r);
  return literalNode(p, r);
}

// \Q...\E: everything up to \E (or the end) is literal.
function parseQuoted(p: Parser): Node {
  p.pos++;
  const cat = newNode(N_CONCAT);
  while (!atEnd(p)) {
    if (peekByte(p, 0) == 0x5c && peekByte(p, 1) == 0x45) {
      p.pos += 2;
      break;
    }
    nodeAddKid(cat, literalNode(p, nextRune(p)));
  }
  if (changetype<usize>(cat.kids) == 0) return newNode(N_EMPTY);
  return cat;
}

function isWordByte(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x5f;
}

// The cursor is just past '('. Returns the group's node, or 0 for a bare flag group "(?i)".
function parseGroup(p: Parser): Node {
  if (p.depth >= MAX_DEPTH) return fail(p);
  const savedFlags = p.flags;
  let cap = 0;
  if (peekByte(p, 0) == 0x3f) {
    p.pos++;
    const c = peekByte(p, 0);
    if (c == 0x50 && peekByte(p, 1) == 0x3c) { p.pos += 2; cap = parseGroupName(p); }
    else if (c == 0x3c && peekByte(p, 1) != 0x3d && peekByte(p, 1) != 0x21) { p.pos++; cap = parseGroupName(p); }
    else {
      const end = parseFlags(p);
      if (end < 0) return fail(p);
      if (end == 0x29) return changetype<Node>(0); // (?flags) applies to the rest of the enclosing group
    }
    if (p.failed != 0) return fail(p);
  } else {
    cap = newCapture(p, 0, 0);
  }
  p.depth++;
  const body = parseAlternation(p);
  p.depth--;
  if (p.failed != 0) return body;
  if (peekByte(p, 0) != 0x29) return fail(p);
  p.pos++;
  p.flags = savedFlags;
  if (cap == 0) return body;
  const n = nodeWith(N_CAPTURE, body);
  n.cap = cap;
  return n;
}

function newCapture(p: Parser, name: usize, len: i32): i32 {
  p.ncap++;
  vecPush(p.names, <i32>name);
  vecPush(p.names, len);
  return p.ncap;
}

// The cursor is on the first byte of a group name; reads it up to '>'.
function parseGroupName(p: Parser): i32 {
  const start = p.pos;
  while (!atEnd(p) && isWordByte(peekByte(p, 0))) p.pos++;
  const len = p.pos - start;
  if (len == 0 || peekByte(p, 0) != 0x3e) { fail(p); return 0; }
  p.pos++;
  for (let i = 1; i <= p.ncap; i++) {
    const other = <usize>vecGet(p.names, i << 1);
    if (vecGet(p.names, (i << 1) + 1) == len && memory.compare(other, p.src + start, len) == 0) { fail(p); return 0; }
  }
  return newCapture(p, p.src + start, len);
}

// Reads flags such as "i", "im-s" up to ')' or ':' (consumed); sets p.flags. Returns that byte, or -1 if invalid.
function parseFlags(p: Parser): i32 {
  let negate = false;
  let sawFlag = false;
  let sawNegation = false;
  while (!atEnd(p)) {
    const c = peekByte(p, 0);
    p.pos++;
    let bit = 0;
    if (c == 0x69) bit = F_FOLD;
    else if (c == 0x6d) bit = F_MULTILINE;
    else if (c == 0x73) bit = F_DOT_NL;
    else if (c == 0x55) bit = F_UNGREEDY;
    else if (c == 0x2d && !sawNegation) { negate = true; sawNegation = true; sawFlag = false; continue; }
    else if ((c == 0x29 || c == 0x3a) && (sawFlag || !sawNegation)) return c;
    else return -1;
    sawFlag = true;
    if (negate) p.flags &= ~bit;
    else p.flags |= bit;
  }
  return -1;
}

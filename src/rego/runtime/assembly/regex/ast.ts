// Syntax tree of a parsed regular expression and the parser state shared by the parsing files.

import { malloc } from "../alloc";
import { IntVec, newIntVec, vecPush } from "./vec";

// Node kinds.
export const N_CLASS: i32 = 1;    // one rune from `cls`
export const N_ANY: i32 = 2;      // any rune
export const N_ANY_NL: i32 = 3;   // any rune but \n
export const N_ASSERT: i32 = 4;   // empty-width assertion `min` (A_* below)
export const N_CAPTURE: i32 = 5;  // group `cap` around kid 0
export const N_CONCAT: i32 = 6;
export const N_ALT: i32 = 7;
export const N_REPEAT: i32 = 8;   // kid 0 repeated min..max (-1 = unbounded), `greedy`
export const N_EMPTY: i32 = 9;    // matches the empty string

// Assertion kinds.
export const A_BOL: i32 = 1;
export const A_EOL: i32 = 2;
export const A_BOT: i32 = 3;
export const A_EOT: i32 = 4;
export const A_WORD: i32 = 5;
export const A_NOT_WORD: i32 = 6;

// Parser flags, as set by (?imsU).
export const F_FOLD: i32 = 1;
export const F_MULTILINE: i32 = 2;
export const F_DOT_NL: i32 = 4;
export const F_UNGREEDY: i32 = 8;

/** RE2's limits: counted repetition and nesting depth. */
export const MAX_REPEAT: i32 = 1000;
export const MAX_DEPTH: i32 = 1000;

@unmanaged export class Node {
  kind: i32;
  min: i32;
  max: i32;
  greedy: i32;
  cap: i32;
  cls: IntVec;
  kids: IntVec;
}

/** A new node of `kind` with no children. */
export function newNode(kind: i32): Node {
  const n = changetype<Node>(malloc(offsetof<Node>()));
  n.kind = kind;
  n.min = 0;
  n.max = 0;
  n.greedy = 1;
  n.cap = 0;
  n.cls = changetype<IntVec>(0);
  n.kids = changetype<IntVec>(0);
  return n;
}

/** Appends a child. */
export function nodeAddKid(n: Node, kid: Node): void {
  if (changetype<usize>(n.kids) == 0) n.kids = newIntVec(4);
  vecPush(n.kids, <i32>changetype<usize>(kid));
}

/** A new node holding one child. */
export function nodeWith(kind: i32, kid: Node): Node {
  const n = newNode(kind);
  nodeAddKid(n, kid);
  return n;
}

@unmanaged export class Parser {
  src: usize;
  len: i32;
  pos: i32;
  flags: i32;
  depth: i32;
  failed: i32;
  /** Number of capture groups so far (group 0 is the whole match). */
  ncap: i32;
  /** For each group 1..ncap: name address and length (0, 0 when unnamed). */
  names: IntVec;
  /** The parsed tree (a Node address). */
  root: usize;
  /** Counts read by the last counted repetition. */
  rmin: i32;
  rmax: i32;
}

/** A parser over `len` pattern bytes at `src`. */
export function newParser(src: usize, len: i32): Parser {
  const p = changetype<Parser>(malloc(offsetof<Parser>()));
  p.src = src;
  p.len = len;
  p.pos = 0;
  p.flags = 0;
  p.depth = 0;
  p.failed = 0;
  p.ncap = 0;
  p.names = newIntVec(8);
  vecPush(p.names, 0);
  vecPush(p.names, 0);
  p.root = 0;
  p.rmin = 0;
  p.rmax = 0;
  return p;
}

@inline export function atEnd(p: Parser): bool {
  return p.pos >= p.len;
}

/** The byte at the cursor plus `ahead`, or -1 past the end. */
@inline export function peekByte(p: Parser, ahead: i32): i32 {
  const at = p.pos + ahead;
  return at < p.len ? <i32>load<u8>(p.src + at) : -1;
}

/** Marks the pattern invalid; returns a placeholder node so callers can unwind. */
export function fail(p: Parser): Node {
  p.failed = 1;
  return newNode(N_EMPTY);
}

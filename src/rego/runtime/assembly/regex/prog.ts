// A compiled regex program: instructions for the Pike VM (four i32 each: op, out, arg1, arg2), group names,
// and the VM's scratch memory, allocated once per program and reused by every match.

import { malloc } from "../alloc";
import { IntVec } from "./vec";

export const I_CLASS: i32 = 1;  // arg1 = address of sorted [lo, hi] pairs, arg2 = pair count
export const I_ANY: i32 = 2;
export const I_ANY_NL: i32 = 3;
export const I_SPLIT: i32 = 4;  // prefer out, then arg1
export const I_JMP: i32 = 5;
export const I_SAVE: i32 = 6;   // arg1 = slot
export const I_ASSERT: i32 = 7; // arg1 = assertion kind
export const I_MATCH: i32 = 8;
export const I_FAIL: i32 = 9;

/** Programs above this many instructions are refused, like RE2's program size limit. */
export const MAX_INSTRUCTIONS: i32 = 100000;

@unmanaged export class Prog {
  insts: IntVec;
  /** Number of groups including group 0 (the whole match). */
  ncap: i32;
  /** Group names: address and length per group (0, 0 when unnamed). */
  names: IntVec;
  // VM scratch (0 until first use): two thread lists, the explore stack, capture buffers.
  sparseA: usize;
  denseA: usize;
  capsA: usize;
  sparseB: usize;
  denseB: usize;
  capsB: usize;
  stack: usize;
  tmpCaps: usize;
  /** Capture slots of the last successful match: 2 * ncap i32 (-1 for groups that did not take part). */
  matchCaps: usize;
}

@inline export function instCount(prog: Prog): i32 {
  return prog.insts.len >> 2;
}

@inline export function instAddr(prog: Prog, pc: i32): usize {
  return prog.insts.data + (<usize>pc << 4);
}

/** A new program with no scratch. */
export function newProg(insts: IntVec, ncap: i32, names: IntVec): Prog {
  const prog = changetype<Prog>(malloc(offsetof<Prog>()));
  memory.fill(changetype<usize>(prog), 0, offsetof<Prog>());
  prog.insts = insts;
  prog.ncap = ncap;
  prog.names = names;
  return prog;
}

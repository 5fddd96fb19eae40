// Compiles an ast.ts tree into a Pike VM program (prog.ts): counted repetitions are expanded, alternation and
// repetition become SPLITs ordered by preference, which gives Go's leftmost-first submatch semantics.

import { malloc } from "../alloc";
import {
  N_ALT, N_ANY, N_ANY_NL, N_ASSERT, N_CAPTURE, N_CLASS, N_CONCAT, N_EMPTY, N_REPEAT, Node, Parser,
} from "./ast";
import {
  I_ANY, I_ANY_NL, I_ASSERT, I_CLASS, I_FAIL, I_JMP, I_MATCH, I_SAVE, I_SPLIT, MAX_INSTRUCTIONS, Prog, newProg,
} from "./prog";
import { IntVec, newIntVec, vecGet, vecPush, vecSet } from "./vec";

@unmanaged class Compiler {
  insts: IntVec;
  tooBig: i32;
}

function emit(c: Compiler, op: i32, out: i32, arg1: i32, arg2: i32): i32 {
  const pc = c.insts.len >> 2;
  if (pc >= MAX_INSTRUCTIONS) {
    c.tooBig = 1;
    return pc;
  }
  vecPush(c.insts, op);
  vecPush(c.insts, out);
  vecPush(c.insts, arg1);
  vecPush(c.insts, arg2);
  return pc;
}

@inline function pcNow(c: Compiler): i32 {
  return c.insts.len >> 2;
}

function setOut(c: Compiler, pc: i32, out: i32): void {
  if (c.tooBig == 0) vecSet(c.insts, (pc << 2) + 1, out);
}

function setArg1(c: Compiler, pc: i32, arg1: i32): void {
  if (c.tooBig == 0) vecSet(c.insts, (pc << 2) + 2, arg1);
}

// A SPLIT whose preferred branch is the next instruction (greedy) or the patched target (lazy); returns its pc.
function emitSplit(c: Compiler, greedy: bool): i32 {
  const pc = pcNow(c);
  return emit(c, I_SPLIT, greedy ? pc + 1 : -1, greedy ? -1 : pc + 1, 0);
}

// Points the non-sequential branch of a split at `target`.
function patchSplit(c: Compiler, pc: i32, greedy: bool, target: i32): void {
  if (greedy) setArg1(c, pc, target);
  else setOut(c, pc, target);
}

function compileStar(c: Compiler, kid: Node, greedy: bool): void {
  const split = emitSplit(c, greedy);
  compileNode(c, kid);
  emit(c, I_JMP, split, 0, 0);
  patchSplit(c, split, greedy, pcNow(c));
}

function compilePlus(c: Compiler, kid: Node, greedy: bool): void {
  const start = pcNow(c);
  compileNode(c, kid);
  const pc = pcNow(c);
  if (greedy) emit(c, I_SPLIT, start, pc + 1, 0);
  else emit(c, I_SPLIT, pc + 1, start, 0);
}

function compileRepeat(c: Compiler, n: Node): void {
  const kid = changetype<Node>(<usize>vecGet(n.kids, 0));
  const greedy = n.greedy != 0;
  if (n.max < 0) {
    if (n.min == 0) {
      compileStar(c, kid, greedy);
      return;
    }
    for (let i = 1; i < n.min && c.tooBig == 0; i++) compileNode(c, kid);
    compilePlus(c, kid, greedy);
    return;
  }
  for (let i = 0; i < n.min && c.tooBig == 0; i++) compileNode(c, kid);
  // x{n,m} = n copies, then m-n nested optional copies; leaving any of them skips all the rest.
  const optional = n.max - n.min;
  if (optional == 0) return;
  const splits = newIntVec(optional);
  for (let i = 0; i < optional && c.tooBig == 0; i++) {
    vecPush(splits, emitSplit(c, greedy));
    compileNode(c, kid);
  }
  const end = pcNow(c);
  for (let i = 0; i < splits.len; i++) patchSplit(c, vecGet(splits, i), greedy, end);
}

function compileAlternation(c: Compiler, n: Node): void {
  const jumps = newIntVec(n.kids.len);
  for (let i = 0; i < n.kids.len && c.tooBig == 0; i++) {
    const kid = changetype<Node>(<usize>vecGet(n.kids, i));
    if (i == n.kids.len - 1) {
      compileNode(c, kid);
      break;
    }
    const split = emit(c, I_SPLIT, pcNow(c) + 1, -1, 0);
    compileNode(c, kid);
    vecPush(jumps, emit(c, I_JMP, -1, 0, 0));
    setArg1(c, split, pcNow(c));
  }
  const end = pcNow(c);
  for (let i = 0; i < jumps.len; i++) setOut(c, vecGet(jumps, i), end);
}

function compileNode(c: Compiler, n: Node): void {
  if (c.tooBig != 0) return;
  switch (n.kind) {
    case N_CLASS:
      if (n.cls.len == 0) emit(c, I_FAIL, 0, 0, 0);
      else emit(c, I_CLASS, pcNow(c) + 1, <i32>n.cls.data, n.cls.len >> 1);
      return;
    case N_ANY: emit(c, I_ANY, pcNow(c) + 1, 0, 0); return;
    case N_ANY_NL: emit(c, I_ANY_NL, pcNow(c) + 1, 0, 0); return;
    case N_ASSERT: emit(c, I_ASSERT, pcNow(c) + 1, n.min, 0); return;
    case N_EMPTY: return;
    case N_CAPTURE:
      emit(c, I_SAVE, pcNow(c) + 1, n.cap << 1, 0);
      compileNode(c, changetype<Node>(<usize>vecGet(n.kids, 0)));
      emit(c, I_SAVE, pcNow(c) + 1, (n.cap << 1) + 1, 0);
      return;
    case N_CONCAT:
      for (let i = 0; i < n.kids.len; i++) compileNode(c, changetype<Node>(<usize>vecGet(n.kids, i)));
      return;
    case N_ALT: compileAlternation(c, n); return;
    case N_REPEAT: compileRepeat(c, n); return;
  }
}

/** The program for a successfully parsed pattern, or 0 if it exceeds MAX_INSTRUCTIONS. */
export function compileProgram(p: Parser): Prog {
  const c = changetype<Compiler>(malloc(offsetof<Compiler>()));
  c.insts = newIntVec(64);
  c.tooBig = 0;
  emit(c, I_SAVE, 1, 0, 0);
  compileNode(c, changetype<Node>(p.root));
  emit(c, I_SAVE, pcNow(c) + 1, 1, 0);
  emit(c, I_MATCH, 0, 0, 0);
  if (c.tooBig != 0) return changetype<Prog>(0);
  return newProg(c.insts, p.ncap + 1, p.names);
}

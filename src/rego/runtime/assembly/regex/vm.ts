// Pike VM: simulates the program's NFA over the input once, carrying capture slots per thread, so matching
// is linear in the input (no backtracking). Threads are kept in priority order, which yields Go's
// leftmost-first semantics: the first thread to reach MATCH cuts off all lower-priority ones.

import { malloc } from "../alloc";
import { A_BOL, A_BOT, A_EOL, A_EOT, A_NOT_WORD, A_WORD } from "./ast";
import { classContains } from "./charclass";
import {
  I_ANY, I_ANY_NL, I_ASSERT, I_CLASS, I_JMP, I_MATCH, I_SAVE, I_SPLIT, Prog, instAddr, instCount,
} from "./prog";
import { decodeLastRune, decodeRune, runeOf, widthOf } from "./utf8";

// Explore-stack entries: [pc, slot, value]; slot >= 0 means "restore tmpCaps[slot] = value" instead of exploring.
const ENTRY_SIZE: usize = 12;

@unmanaged class Run {
  prog: Prog;
  input: usize;
  len: i32;
  nslots: i32;
  // The list being built by addThread.
  sparse: usize;
  dense: usize;
  caps: usize;
  count: i32;
}

function ensureScratch(prog: Prog): void {
  if (prog.sparseA != 0) return;
  const n = <usize>instCount(prog);
  const slotsBytes = <usize>(prog.ncap << 1) << 2;
  prog.sparseA = malloc(n << 2);
  prog.denseA = malloc(n << 2);
  prog.capsA = malloc(n * slotsBytes);
  prog.sparseB = malloc(n << 2);
  prog.denseB = malloc(n << 2);
  prog.capsB = malloc(n * slotsBytes);
  prog.stack = malloc((2 * n + 2) * ENTRY_SIZE);
  prog.tmpCaps = malloc(slotsBytes);
  prog.matchCaps = malloc(slotsBytes);
}

@inline function isWordRune(r: i32): bool {
  return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || r == 0x5f;
}

function assertionHolds(run: Run, kind: i32, pos: i32): bool {
  const input = run.input;
  switch (kind) {
    case A_BOT: return pos == 0;
    case A_EOT: return pos == run.len;
    case A_BOL: return pos == 0 || load<u8>(input + pos - 1) == 0x0a;
    case A_EOL: return pos == run.len || load<u8>(input + pos) == 0x0a;
  }
  const before = pos > 0 && isWordRune(runeOf(decodeLastRune(input, pos)));
  const after = pos < run.len && isWordRune(runeOf(decodeRune(input, run.len, pos)));
  if (kind == A_WORD) return before != after;
  if (kind == A_NOT_WORD) return before == after;
  return false;
}

// Adds the thread at `pc0` (with tmpCaps as its captures) and everything reachable through empty
// transitions to the list in `run`, in priority order.
function addThread(run: Run, pc0: i32, pos: i32): void {
  const prog = run.prog;
  const stack = prog.stack;
  const tmp = prog.tmpCaps;
  const slotsBytes = <usize>run.nslots << 2;
  let top: usize = 0;
  store<i32>(stack, pc0);
  store<i32>(stack, -1, 4);
  top = 1;
  while (top > 0) {
    top--;
    const entry = stack + top * ENTRY_SIZE;
    const slot = load<i32>(entry, 4);
    if (slot >= 0) {
      store<i32>(tmp + (<usize>slot << 2), load<i32>(entry, 8));
      continue;
    }
    const pc = load<i32>(entry);
    const at = load<u32>(run.sparse + (<usize>pc << 2));
    if (at < <u32>run.count && load<i32>(run.dense + (<usize>at << 2)) == pc) continue;
    store<u32>(run.sparse + (<usize>pc << 2), <u32>run.count);
    store<i32>(run.dense + (<usize>run.count << 2), pc);
    const index = run.count++;
    const inst = instAddr(prog, pc);
    const op = load<i32>(inst);
    if (op == I_JMP) {
      top = pushExplore(stack, top, load<i32>(inst, 4));
    } else if (op == I_SPLIT) {
      top = pushExplore(stack, top, load<i32>(inst, 8));
      top = pushExplore(stack, top, load<i32>(inst, 4));
    } else if (op == I_SAVE) {
      const s = load<i32>(inst, 8);
      const e = stack + top * ENTRY_SIZE;
      store<i32>(e, 0);
      store<i32>(e, s, 4);
      store<i32>(e, load<i32>(tmp + (<usize>s << 2)), 8);
      top++;
      store<i32>(tmp + (<usize>s << 2), pos);
      top = pushExplore(stack, top, load<i32>(inst, 4));
    } else if (op == I_ASSERT) {
      if (assertionHolds(run, load<i32>(inst, 8), pos)) top = pushExplore(stack, top, load<i32>(inst, 4));
    } else {
      memory.copy(run.caps + <usize>index * slotsBytes, tmp, slotsBytes);
    }
  }
}

@inline function pushExplore(stack: usize, top: usize, pc: i32): usize {
  const e = stack + top * ENTRY_SIZE;
  store<i32>(e, pc);
  store<i32>(e, -1, 4);
  return top + 1;
}

function useList(run: Run, sparse: usize, dense: usize, caps: usize): void {
  run.sparse = sparse;
  run.dense = dense;
  run.caps = caps;
  run.count = 0;
}

function fillTmp(prog: Prog, nslots: i32): void {
  for (let i = 0; i < nslots; i++) store<i32>(prog.tmpCaps + (<usize>i << 2), -1);
}

// Steps every thread of the current list over rune `r` at `pos` into the next list (already in `run`).
// Returns true when a thread matched (its captures are then in prog.matchCaps).
function step(run: Run, dense: usize, caps: usize, count: i32, pos: i32, r: i32, width: i32): bool {
  const prog = run.prog;
  const slotsBytes = <usize>run.nslots << 2;
  for (let i = 0; i < count; i++) {
    const pc = load<i32>(dense + (<usize>i << 2));
    const inst = instAddr(prog, pc);
    const op = load<i32>(inst);
    const threadCaps = caps + <usize>i * slotsBytes;
    let ok = false;
    if (op == I_MATCH) {
      memory.copy(prog.matchCaps, threadCaps, slotsBytes);
      return true;
    } else if (op == I_CLASS) {
      ok = r >= 0 && classContains(<usize>load<i32>(inst, 8), load<i32>(inst, 12), r);
    } else if (op == I_ANY) {
      ok = r >= 0;
    } else if (op == I_ANY_NL) {
      ok = r >= 0 && r != 0x0a;
    }
    if (ok) {
      memory.copy(prog.tmpCaps, threadCaps, slotsBytes);
      addThread(run, load<i32>(inst, 4), pos + width);
    }
  }
  return false;
}

/**
 * Searches `len` bytes at `input` for the leftmost-first match starting at or after `start` (assertions see
 * the whole input). On success returns true with the capture slots in prog.matchCaps.
 */
export function vmSearch(prog: Prog, input: usize, len: i32, start: i32): bool {
  ensureScratch(prog);
  const run = changetype<Run>(malloc(offsetof<Run>()));
  run.prog = prog;
  run.input = input;
  run.len = len;
  run.nslots = prog.ncap << 1;
  let curSparse = prog.sparseA, curDense = prog.denseA, curCaps = prog.capsA;
  let nextSparse = prog.sparseB, nextDense = prog.denseB, nextCaps = prog.capsB;
  useList(run, curSparse, curDense, curCaps);
  let matched = false;
  let pos = start;
  for (;;) {
    if (!matched) {
      fillTmp(prog, run.nslots);
      addThread(run, 0, pos);
    }
    const count = run.count;
    if (count == 0) break;
    let r = -1;
    let width = 0;
    if (pos < len) {
      const packed = decodeRune(input, len, pos);
      r = runeOf(packed);
      width = widthOf(packed);
    }
    useList(run, nextSparse, nextDense, nextCaps);
    if (step(run, curDense, curCaps, count, pos, r, width)) matched = true;
    if (pos >= len) break;
    pos += width;
    const s = curSparse, d = curDense, c = curCaps;
    curSparse = nextSparse; curDense = nextDense; curCaps = nextCaps;
    nextSparse = s; nextDense = d; nextCaps = c;
  }
  return matched;
}

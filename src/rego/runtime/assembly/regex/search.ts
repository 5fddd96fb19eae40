// Entry points of the regex engine for the built-ins: compile a pattern, collect matches as Go's FindAll does,
// and reclaim the compiler's scratch memory afterwards (the heap is a bump allocator, so the temporary blocks of a
// call are dropped by moving the heap pointer back once the kept data has been copied down).

import { heapPtrGet, heapPtrSet } from "../alloc";
import { parseRegex } from "./parse";
import { compileProgram } from "./compile";
import { Prog } from "./prog";
import { decodeRune, widthOf } from "./utf8";
import { IntVec, newIntVec, vecGet, vecPush } from "./vec";
import { vmSearch } from "./vm";

/** The program for `len` pattern bytes at `src`, or 0 when RE2 would reject the pattern. */
export function compileRegex(src: usize, len: i32): Prog {
  const parser = parseRegex(src, len);
  if (parser.failed != 0) return changetype<Prog>(0);
  return compileProgram(parser);
}

/** Whether the program matches anywhere in the input. */
export function regexMatches(prog: Prog, input: usize, len: i32): bool {
  return vmSearch(prog, input, len, 0);
}

/**
 * Up to `limit` (negative: all) successive non-overlapping matches as Go's FindAll finds them: an empty match
 * right after the previous match is skipped and the search then advances one rune. Appends, per match,
 * `slots` capture positions (2 = the whole match only) to `out`; returns the number of matches.
 */
export function collectMatches(prog: Prog, input: usize, len: i32, limit: i32, slots: i32, out: IntVec): i32 {
  let found = 0;
  let pos = 0;
  let prevEnd = -1;
  while ((limit < 0 || found < limit) && pos <= len) {
    if (!vmSearch(prog, input, len, pos)) break;
    const caps = prog.matchCaps;
    const start = load<i32>(caps);
    const end = load<i32>(caps, 4);
    let accept = true;
    if (end == pos) {
      if (start == prevEnd) accept = false;
      pos += pos < len ? widthOf(decodeRune(input, len, pos)) : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (!accept) continue;
    for (let i = 0; i < slots; i++) vecPush(out, load<i32>(caps + (<usize>i << 2)));
    found++;
  }
  return found;
}

/**
 * Drops every heap block allocated since `mark` except the items of `keep`, which are copied down to `mark`;
 * returns their new address. Only valid when nothing allocated since `mark` is referenced elsewhere.
 */
export function reclaimKeeping(mark: usize, keep: IntVec): usize {
  const bytes = <usize>keep.len << 2;
  memory.copy(mark, keep.data, bytes);
  heapPtrSet(mark + ((bytes + 7) & ~(<usize>7)));
  return mark;
}

/** Drops every heap block allocated since `mark`. */
export function reclaim(mark: usize): void {
  heapPtrSet(mark);
}

/** The heap mark to pass to reclaimKeeping later. */
@inline export function scratchMark(): usize {
  return heapPtrGet();
}

/** Group index named by `len` bytes at `name`, or -1. */
export function groupIndexByName(prog: Prog, name: usize, len: i32): i32 {
  for (let i = 1; i < prog.ncap; i++) {
    if (vecGet(prog.names, (i << 1) + 1) != len) continue;
    if (memory.compare(<usize>vecGet(prog.names, i << 1), name, len) == 0) return i;
  }
  return -1;
}

/** A new empty vector for collectMatches. */
export function newMatchList(): IntVec {
  return newIntVec(16);
}

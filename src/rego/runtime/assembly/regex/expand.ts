// Go's Regexp.Expand template language for regex.replace: "$1", "${1}", "$name", "${name}", "$$". The template
// is resolved once against the program's groups into segments, then applied to each match.

import { Prog } from "./prog";
import { groupIndexByName } from "./search";
import { IntVec, newIntVec, vecPush } from "./vec";

/** Segment kinds, three i32 each: [SEG_LITERAL, offset, length] or [SEG_GROUP, group index, 0]. */
export const SEG_LITERAL: i32 = 0;
export const SEG_GROUP: i32 = 1;

function isNameByte(c: i32): bool {
  // Go accepts Unicode letters and digits; non-ASCII bytes are taken as letters here.
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x5f || c >= 0x80;
}

// The group a name refers to: a decimal number (no leading zeros) or a group name; -1 when none (expands empty).
function resolveName(prog: Prog, name: usize, len: i32): i32 {
  let num = 0;
  for (let i = 0; i < len; i++) {
    const c = <i32>load<u8>(name + i);
    if (c < 0x30 || c > 0x39 || num >= 100000000) { num = -1; break; }
    num = num * 10 + c - 0x30;
  }
  if (len > 1 && load<u8>(name) == 0x30) num = -1;
  if (num >= 0) return num < prog.ncap ? num : -1;
  return groupIndexByName(prog, name, len);
}

function pushSegment(out: IntVec, kind: i32, a: i32, b: i32): void {
  vecPush(out, kind);
  vecPush(out, a);
  vecPush(out, b);
}

/** Resolves `len` template bytes at `tpl` into segments. */
export function parseTemplate(prog: Prog, tpl: usize, len: i32): IntVec {
  const out = newIntVec(12);
  let i = 0;
  let litStart = 0;
  while (i < len) {
    if (load<u8>(tpl + i) != 0x24) { i++; continue; }
    if (i > litStart) pushSegment(out, SEG_LITERAL, litStart, i - litStart);
    i++;
    if (i < len && load<u8>(tpl + i) == 0x24) {
      pushSegment(out, SEG_LITERAL, i, 1);
      i++;
      litStart = i;
      continue;
    }
    const brace = i < len && load<u8>(tpl + i) == 0x7b;
    let nameStart = brace ? i + 1 : i;
    let nameEnd = nameStart;
    while (nameEnd < len && isNameByte(<i32>load<u8>(tpl + nameEnd))) nameEnd++;
    const ok = nameEnd > nameStart && (!brace || (nameEnd < len && load<u8>(tpl + nameEnd) == 0x7d));
    if (!ok) {
      // Malformed: the '$' stays as text.
      litStart = i - 1;
      continue;
    }
    const group = resolveName(prog, tpl + nameStart, nameEnd - nameStart);
    if (group >= 0) pushSegment(out, SEG_GROUP, group, 0);
    i = brace ? nameEnd + 1 : nameEnd;
    litStart = i;
  }
  if (len > litStart) pushSegment(out, SEG_LITERAL, litStart, len - litStart);
  return out;
}

/** Bytes one expansion writes for a match whose capture slots start at `caps`. */
export function expansionLength(segs: usize, nsegs: i32, caps: usize): i32 {
  let n = 0;
  for (let k = 0; k < nsegs; k++) {
    const seg = segs + <usize>k * 12;
    if (load<i32>(seg) == SEG_LITERAL) {
      n += load<i32>(seg, 8);
    } else {
      const g = load<i32>(seg, 4);
      const from = load<i32>(caps + (<usize>g << 3));
      if (from >= 0) n += load<i32>(caps + (<usize>g << 3), 4) - from;
    }
  }
  return n;
}

/** Writes one expansion at `at`; returns the end. */
export function writeExpansion(at: usize, segs: usize, nsegs: i32, caps: usize, tpl: usize, input: usize): usize {
  for (let k = 0; k < nsegs; k++) {
    const seg = segs + <usize>k * 12;
    if (load<i32>(seg) == SEG_LITERAL) {
      const len = <usize>load<i32>(seg, 8);
      memory.copy(at, tpl + <usize>load<i32>(seg, 4), len);
      at += len;
    } else {
      const g = load<i32>(seg, 4);
      const from = load<i32>(caps + (<usize>g << 3));
      if (from < 0) continue;
      const len = <usize>(load<i32>(caps + (<usize>g << 3), 4) - from);
      memory.copy(at, input + <usize>from, len);
      at += len;
    }
  }
  return at;
}

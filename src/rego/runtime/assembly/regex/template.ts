// regex.template_match's pattern: text outside delimiters is literal (quoted as Go's QuoteMeta does) and each
// delimited part is a regex group, the whole anchored with ^...$ (gorilla/mux templates, as OPA uses them).

import { malloc } from "../alloc";
import { compileRegex } from "./search";

/** A byte buffer. */
@unmanaged export class Bytes {
  data: usize;
  len: i32;
  cap: i32;
}

function newBytes(cap: i32): Bytes {
  const b = changetype<Bytes>(malloc(offsetof<Bytes>()));
  b.data = malloc(<usize>cap);
  b.len = 0;
  b.cap = cap;
  return b;
}

function pushByte(b: Bytes, c: u8): void {
  if (b.len == b.cap) {
    const cap = b.cap << 1;
    const data = malloc(<usize>cap);
    memory.copy(data, b.data, <usize>b.len);
    b.data = data;
    b.cap = cap;
  }
  store<u8>(b.data + b.len, c);
  b.len++;
}

function isMeta(c: u8): bool {
  return c == 0x5c || c == 0x2e || c == 0x2b || c == 0x2a || c == 0x3f || c == 0x28 || c == 0x29 || c == 0x7c ||
    c == 0x5b || c == 0x5d || c == 0x7b || c == 0x7d || c == 0x5e || c == 0x24;
}

function pushQuoted(b: Bytes, src: usize, from: i32, to: i32): void {
  for (let i = from; i < to; i++) {
    const c = load<u8>(src + i);
    if (isMeta(c)) pushByte(b, 0x5c);
    pushByte(b, c);
  }
}

/**
 * The anchored pattern for a template of `len` bytes at `tpl`, or 0 when delimiters are unbalanced or a
 * delimited part is not a valid regex on its own.
 */
export function buildTemplatePattern(tpl: usize, len: i32, open: u8, close: u8): Bytes {
  const out = newBytes(len * 2 + 8);
  pushByte(out, 0x5e);
  let level = 0;
  let partStart = 0;
  let literalStart = 0;
  for (let i = 0; i < len; i++) {
    const c = load<u8>(tpl + i);
    if (c == open) {
      level++;
      if (level == 1) partStart = i;
    } else if (c == close) {
      level--;
      if (level < 0) return changetype<Bytes>(0);
      if (level == 0) {
        if (changetype<usize>(compileRegex(tpl + partStart + 1, i - partStart - 1)) == 0) return changetype<Bytes>(0);
        pushQuoted(out, tpl, literalStart, partStart);
        pushByte(out, 0x28);
        for (let k = partStart + 1; k < i; k++) pushByte(out, load<u8>(tpl + k));
        pushByte(out, 0x29);
        literalStart = i + 1;
      }
    }
  }
  if (level != 0) return changetype<Bytes>(0);
  pushQuoted(out, tpl, literalStart, len);
  pushByte(out, 0x24);
  return out;
}

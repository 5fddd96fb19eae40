// sprintf's output: a growable byte buffer, Go's strconv quoting (what %q and OPA's printing of strings inside
// collections produce) and Rego values printed as OPA's ast String() does (`["a", 1]`, `{"a"}`, `{"k": 1}`,
// `set()`), which is what Go receives for %v of anything but a string or a number.

import { malloc } from "./alloc";
import { decodeRune, runeWidth } from "./builtins-strings-unicode";
import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, NUMBER_INT, arrayGet, arrayLength,
  booleanValue, numberIntValue, numberRefLength, numberRefText, numberRepr, stringBytes, stringLength, valueType,
} from "./value";
import { entryKey, entryValue, tableFirst, tableLength, tableNext } from "./table";

let buf: usize = 0;
let at: usize = 0;
let cap: usize = 0;

/** Starts a new output. */
export function outReset(): void {
  buf = malloc(128);
  at = buf;
  cap = buf + 128;
}

/** Bytes written so far. */
export function outLength(): u32 {
  return <u32>(at - buf);
}

/** Drops what was written after the first `len` bytes. */
export function outRewind(len: u32): void {
  at = buf + <usize>len;
}

/** Start of the output. */
export function outStart(): usize {
  return buf;
}

function ensure(n: usize): void {
  if (at + n <= cap) return;
  const used = at - buf;
  let size = (cap - buf) * 2;
  if (size < used + n) size = used + n;
  const bigger = malloc(size);
  memory.copy(bigger, buf, used);
  buf = bigger;
  at = bigger + used;
  cap = bigger + size;
}

/** Appends a byte. */
export function outByte(c: u8): void {
  ensure(1);
  store<u8>(at++, c);
}

/** Appends `n` bytes. */
export function outBytes(p: usize, n: usize): void {
  ensure(n);
  memory.copy(at, p, n);
  at += n;
}

/** Appends an ASCII literal. */
export function outAscii(text: string): void {
  const n = <usize>text.length;
  ensure(n);
  for (let i: usize = 0; i < n; i++) store<u8>(at++, <u8>text.charCodeAt(<i32>i));
}

/** Appends `n` copies of a byte. */
export function outRepeat(c: u8, n: i32): void {
  if (n <= 0) return;
  ensure(<usize>n);
  memory.fill(at, c, <usize>n);
  at += <usize>n;
}

/** Appends a rune as UTF-8. */
export function outRune(r: u32): void {
  if (r < 0x80) outByte(<u8>r);
  else if (r < 0x800) { outByte(<u8>(0xc0 | (r >> 6))); outByte(<u8>(0x80 | (r & 0x3f))); }
  else if (r < 0x10000) { outByte(<u8>(0xe0 | (r >> 12))); outByte(<u8>(0x80 | ((r >> 6) & 0x3f))); outByte(<u8>(0x80 | (r & 0x3f))); }
  else { outByte(<u8>(0xf0 | (r >> 18))); outByte(<u8>(0x80 | ((r >> 12) & 0x3f))); outByte(<u8>(0x80 | ((r >> 6) & 0x3f))); outByte(<u8>(0x80 | (r & 0x3f))); }
}

/** Appends a signed decimal integer. */
export function outInt(n: i64): void {
  if (n < 0) outByte(45);
  let m: u64 = n < 0 ? <u64>(0 - n) : <u64>n;
  const digits = malloc(20);
  let i: i32 = 20;
  do { store<u8>(digits + <usize>(--i), <u8>(48 + m % 10)); m /= 10; } while (m > 0);
  outBytes(digits + <usize>i, <usize>(20 - i));
}

const HEX = "0123456789abcdef";

function outHex(v: u32, width: i32): void {
  for (let s = (width - 1) * 4; s >= 0; s -= 4) outByte(<u8>HEX.charCodeAt(<i32>((v >> <u32>s) & 15)));
}

/**
 * Go's unicode.IsPrint for the runes policies meet: letters, marks, numbers, punctuation, symbols and the ASCII
 * space. Control and format characters, separators other than U+0020, surrogates, private use and
 * noncharacters are not printable; unassigned code points are taken as printable (no Unicode table is shipped).
 */
export function isPrintRune(r: u32): bool {
  if (r < 0x20 || (r >= 0x7f && r <= 0xa0) || r == 0xad) return false;
  if (r == 0x1680 || (r >= 0x2000 && r <= 0x200f) || (r >= 0x2028 && r <= 0x202f) || (r >= 0x205f && r <= 0x206f)) return false;
  if (r == 0x3000 || r == 0xfeff || (r >= 0xfff9 && r <= 0xfffb) || r == 0x061c || r == 0x180e) return false;
  if ((r >= 0xd800 && r <= 0xf8ff) || r >= 0xf0000) return false;
  if ((r & 0xfffe) == 0xfffe || (r >= 0xfdd0 && r <= 0xfdef)) return false;
  if (r >= 0xe0000 && r <= 0xe007f) return false;
  return r <= 0x10ffff;
}

function outEscapedRune(r: u32, quote: u8, asciiOnly: bool): void {
  if (r == <u32>quote || r == 92) { outByte(92); outByte(<u8>r); return; }
  if (asciiOnly ? r < 0x80 && isPrintRune(r) : isPrintRune(r)) { outRune(r); return; }
  switch (r) {
    case 7: outAscii("\\a"); return;
    case 8: outAscii("\\b"); return;
    case 12: outAscii("\\f"); return;
    case 10: outAscii("\\n"); return;
    case 13: outAscii("\\r"); return;
    case 9: outAscii("\\t"); return;
    case 11: outAscii("\\v"); return;
  }
  if (r < 0x20 || r == 0x7f) { outAscii("\\x"); outHex(r, 2); }
  else if (r < 0x10000) { outAscii("\\u"); outHex(r, 4); }
  else { outAscii("\\U"); outHex(r, 8); }
}

/** Go's strconv.Quote (asciiOnly: QuoteToASCII) of UTF-8 bytes; invalid bytes become \x escapes. */
export function outQuoted(p: usize, n: u32, asciiOnly: bool): void {
  outByte(34);
  let i: u32 = 0;
  while (i < n) {
    const r = decodeRune(p + i, n - i);
    if (r == 0xfffd && runeWidth == 1) {
      outAscii("\\x");
      outHex(<u32>load<u8>(p + i), 2);
      i++;
      continue;
    }
    outEscapedRune(r, 34, asciiOnly);
    i += runeWidth;
  }
  outByte(34);
}

/** Go's strconv.QuoteRune (asciiOnly: QuoteRuneToASCII). */
export function outQuotedRune(r: u32, asciiOnly: bool): void {
  outByte(39);
  outEscapedRune(r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r, 39, asciiOnly);
  outByte(39);
}

/** Whether Go's strconv.CanBackquote holds: one line, no control characters but tab, no backquote, valid UTF-8. */
export function canBackquote(p: usize, n: u32): bool {
  let i: u32 = 0;
  while (i < n) {
    const r = decodeRune(p + i, n - i);
    if (r == 0xfffd && runeWidth == 1) return false;
    if ((r < 0x20 && r != 9) || r == 0x60 || r == 0x7f || r == 0xfeff) return false;
    i += runeWidth;
  }
  return true;
}

function outNumberText(v: usize): void {
  if (numberRepr(v) == NUMBER_INT) outInt(numberIntValue(v));
  else outBytes(numberRefText(v), numberRefLength(v));
}

/** A value as OPA's ast String() prints it: strings quoted, `, ` and `: ` separators, sets as `{…}` or `set()`. */
export function outValue(v: usize): void {
  switch (valueType(v)) {
    case TYPE_NULL: outAscii("null"); break;
    case TYPE_BOOLEAN: outAscii(booleanValue(v) ? "true" : "false"); break;
    case TYPE_NUMBER: outNumberText(v); break;
    case TYPE_STRING: outQuoted(stringBytes(v), stringLength(v), false); break;
    case TYPE_ARRAY: {
      outByte(91);
      for (let i: u32 = 0; i < arrayLength(v); i++) {
        if (i > 0) outAscii(", ");
        outValue(arrayGet(v, i));
      }
      outByte(93);
      break;
    }
    case TYPE_SET: {
      if (tableLength(v) == 0) { outAscii("set()"); break; }
      outByte(123);
      let first = true;
      for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
        if (!first) outAscii(", ");
        first = false;
        outValue(entryKey(e));
      }
      outByte(125);
      break;
    }
    case TYPE_OBJECT: {
      outByte(123);
      let first = true;
      for (let e = tableFirst(v); e != 0; e = tableNext(v, e)) {
        if (!first) outAscii(", ");
        first = false;
        outValue(entryKey(e));
        outAscii(": ");
        outValue(entryValue(e));
      }
      outByte(125);
      break;
    }
  }
}

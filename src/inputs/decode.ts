// Turns the raw bytes of an input file into text: strips a UTF-8 BOM, decodes UTF-16 (LE/BE) with a BOM, and refuses
// empty, binary and invalid UTF-8 files with a reason and (where known) the line, so one bad file never stops a run.
import { isUtf8 } from 'node:buffer';
import { diagnostic, type Diagnostic } from '../diagnostics';

/** Decoded text, or the diagnostic saying why the bytes are not text we can read. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; diagnostic: Diagnostic };

const fail = (file: string, message: string, line?: number): DecodeResult => ({
  ok: false,
  diagnostic: diagnostic('input_error', message, line === undefined ? { file } : { file, line }),
});

/** Decodes one file's bytes; `file` is the path as given, used in messages. */
export function decodeInput(bytes: Buffer, file: string): DecodeResult {
  if (bytes.length === 0) return fail(file, 'file is empty');
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), file, 'utf-16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(swapBytes(bytes.subarray(2)), file, 'utf-16be');
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    // `terraform plan -out` writes a zip archive; say how to get the JSON plangate reads.
    if (body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04) {
      return fail(file, 'a binary file (zip archive, such as a saved Terraform plan); give plangate the JSON of `terraform show -json PLANFILE`');
    }
    const nul = body.indexOf(0);
    if (nul >= 0) return fail(file, 'binary file (contains NUL bytes), not JSON or YAML text', lineAtByte(body, nul));
    if (!isUtf8(body)) {
      const bad = firstInvalidUtf8(body);
      return fail(file, `invalid UTF-8 (byte 0x${body[bad].toString(16).padStart(2, '0')} at offset ${bad + bom})`, lineAtByte(body, bad));
    }
    const text = body.toString('utf8');
    if (text.trim() === '') return fail(file, 'file is empty');
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch (err) {
    // Node refuses strings beyond ~512 MiB characters; say so instead of crashing.
    if ((err as { code?: string }).code === 'ERR_STRING_TOO_LONG') {
      return fail(file, `file is too large to decode as text (${bytes.length} bytes)`);
    }
    throw err;
  }
}

function decodeUtf16(body: Buffer, file: string, encoding: string): DecodeResult {
  if (body.length % 2 !== 0) return fail(file, `${encoding} text has an odd number of bytes (truncated?)`);
  const text = body.toString('utf16le');
  if (text.trim() === '') return fail(file, 'file is empty');
  if (text.includes('\u0000')) return fail(file, `binary file (NUL characters in ${encoding} text)`);
  return { ok: true, text, encoding };
}

/** Big-endian to little-endian; an odd trailing byte is kept, so decodeUtf16 reports the truncation. */
function swapBytes(be: Buffer): Buffer {
  const out = Buffer.from(be);
  out.subarray(0, out.length - (out.length % 2)).swap16();
  return out;
}

/** 1-based line of a byte offset (counting LF bytes, which UTF-8 never uses inside a multi-byte sequence). */
function lineAtByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (only called once isUtf8 has said there is one). */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need > 0 && !isUtf8(bytes.subarray(i, i + need + 1))) return i;
    i += need + 1;
  }
  return bytes.length - 1;
}

// The tar format as OPA bundles use it (POSIX ustar, 512-byte blocks; PAX/GNU long names read and written
// when a name does not fit). Reading is defensive: checksums, sizes and entry counts are checked by the caller's limits.
const BLOCK = 512;

/** A regular file in an archive. */
export interface TarEntry {
  name: string;
  data: Uint8Array;
  /** Permission bits; default 0o600 (what `opa build` writes). */
  mode?: number;
}

/** Limits applied while reading an archive. */
export interface TarLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** Why an archive was rejected; the reader turns it into a diagnostic. */
export class TarError extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

function writeString(block: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  if (bytes.length > length) throw new TarError(`tar header field too long: ${text}`);
  block.set(bytes, offset);
}

function writeOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  writeString(block, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

function header(name: string, size: number, mode: number, typeflag: string, prefix = ''): Uint8Array {
  const block = new Uint8Array(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, 0);
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  writeString(block, 156, 1, typeflag);
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 345, 155, prefix);
  const sum = block.reduce((a, b) => a + b, 0);
  writeString(block, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return block;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = data.length % BLOCK;
  return rest === 0 ? [data] : [data, new Uint8Array(BLOCK - rest)];
}

/** A PAX extended header record `"<len> path=<name>\n"` (the length counts itself). */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const base = encoder.encode(body).length;
  let len = base + String(base).length;
  if (String(len).length !== String(base).length) len = base + String(len).length;
  return `${len}${body}`;
}

/** Splits a long name into ustar prefix (≤155) and name (≤100) at a slash, if possible. */
function splitName(name: string): { prefix: string; name: string } | undefined {
  if (encoder.encode(name).length <= 100) return { prefix: '', name };
  for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(rest).length <= 100 && rest) return { prefix, name: rest };
  }
  return undefined;
}

/** Encodes regular files as an uncompressed tar archive (with the two closing zero blocks). */
export function writeTar(entries: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const mode = e.mode ?? 0o600;
    const split = splitName(e.name);
    if (split) {
      parts.push(header(split.name, e.data.length, mode, '0', split.prefix));
    } else {
      const pax = encoder.encode(paxRecord('path', e.name));
      parts.push(header('PaxHeaders/entry', pax.length, 0o644, 'x'), ...padded(pax));
      parts.push(header(e.name.slice(-100).replace(/^\/+/, ''), e.data.length, mode, '0'));
    }
    parts.push(...padded(e.data));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function readString(block: Uint8Array, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return decoder.decode(nul >= 0 ? field.subarray(0, nul) : field);
}

function readOctal(block: Uint8Array, offset: number, length: number, what: string): number {
  const text = readString(block, offset, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`bad ${what} field in tar header`);
  return parseInt(text, 8);
}

function checkChecksum(block: Uint8Array, at: number): void {
  const stored = readOctal(block, 148, 8, 'checksum');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  if (sum !== stored) throw new TarError(`tar header checksum mismatch at offset ${at}`);
}

function paxPath(data: Uint8Array): string | undefined {
  let path: string | undefined;
  for (const line of decoder.decode(data).split('\n')) {
    const m = /^\d+ ([^=]+)=(.*)$/.exec(line);
    if (m && m[1] === 'path') path = m[2];
  }
  return path;
}

/** Decodes the regular files of a tar archive; directories are skipped, links and devices rejected. */
export function readTar(archive: Uint8Array, limits: TarLimits): TarEntry[] {
  const entries: TarEntry[] = [];
  let total = 0;
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= archive.length;) {
    const block = archive.subarray(at, at + BLOCK);
    if (block.every((b) => b === 0)) break;
    checkChecksum(block, at);
    const typeflag = String.fromCharCode(block[156] || 0x30);
    const size = readOctal(block, 124, 12, 'size');
    if (size > limits.maxEntryBytes) throw new TarError(`tar entry of ${size} bytes exceeds the limit of ${limits.maxEntryBytes}`);
    total += size;
    if (total > limits.maxTotalBytes) throw new TarError(`tar contents exceed the limit of ${limits.maxTotalBytes} bytes`);
    const dataStart = at + BLOCK;
    if (dataStart + size > archive.length) throw new TarError('tar entry runs past the end of the archive');
    const data = archive.slice(dataStart, dataStart + size);
    at = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'x' || typeflag === 'L') {
      longName = typeflag === 'x' ? paxPath(data) : readString(data, 0, data.length);
      continue;
    }
    const prefix = readString(block, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${readString(block, 0, 100)}` : readString(block, 0, 100));
    longName = undefined;
    if (typeflag === '5' || typeflag === 'g') continue;
    if (typeflag !== '0' && typeflag !== '7') throw new TarError(`tar entry ${name} is not a regular file (type ${typeflag})`);
    if (entries.length >= limits.maxEntries) throw new TarError(`tar archive has more than ${limits.maxEntries} entries`);
    entries.push({ name, data, mode: readOctal(block, 100, 8, 'mode') });
  }
  return entries;
}

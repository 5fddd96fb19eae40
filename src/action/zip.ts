// A small reader for the zip archives GitHub serves for workflow artifacts: finds one entry through the central
// directory and inflates it with node:zlib (stored and deflated entries, Zip64 sizes), so no unzip dependency is needed.
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const STORED = 0;
const DEFLATED = 8;
/** 32-bit fields holding this value defer to the Zip64 extra field. */
const ZIP64_MARK = 0xffffffff;
/** Room the end record may be searched in: its fixed 22 bytes plus the longest archive comment. */
const MAX_END_SEARCH = 22 + 0xffff;

/** One file listed in the archive's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

function fail(message: string): never {
  throw new Error(`not a readable zip archive: ${message}`);
}

function findEndRecord(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - MAX_END_SEARCH);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return fail('no end of central directory record');
}

function readBig(zip: Buffer, at: number): number {
  const value = zip.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail('a size is beyond what this reader handles');
  return Number(value);
}

/** Where the central directory starts and how many entries it has, from the classic or the Zip64 end record. */
function centralDirectory(zip: Buffer): { offset: number; count: number } {
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (offset !== ZIP64_MARK && count !== 0xffff) return { offset, count };
  const locator = end - 20;
  if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) fail('Zip64 locator missing');
  const end64 = readBig(zip, locator + 8);
  if (end64 + 56 > zip.length || zip.readUInt32LE(end64) !== ZIP64_END_OF_CENTRAL_DIRECTORY) fail('Zip64 end record missing');
  return { offset: readBig(zip, end64 + 48), count: readBig(zip, end64 + 32) };
}

/** Applies the Zip64 extra field: it holds, in order, only the fields whose 32-bit slot is 0xFFFFFFFF. */
function applyZip64(zip: Buffer, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = zip.readUInt16LE(at);
    const length = zip.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== ZIP64_MARK) continue;
        entry[key] = readBig(zip, field);
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

/** Lists the archive's entries from its central directory. */
export function listZipEntries(zip: Buffer): ZipEntry[] {
  const { offset, count } = centralDirectory(zip);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY) fail(`central directory entry ${i + 1} is damaged`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    applyZip64(zip, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry; entries larger than `maxBytes` are refused rather than inflated (zip bombs). */
export function readZipEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.size > maxBytes) fail(`${entry.name} is ${entry.size} bytes, more than the ${maxBytes} allowed`);
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) fail(`local header of ${entry.name} is damaged`);
  // The local header's own lengths count, not the central directory's: writers may put different extras in each.
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) fail(`${entry.name} is truncated`);
  if (entry.method === STORED) return Buffer.from(data);
  if (entry.method === DEFLATED) return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  return fail(`${entry.name} uses compression method ${entry.method}; only stored and deflated entries are read`);
}

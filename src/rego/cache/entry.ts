// The on-disk form of one cache entry: magic, format version, the key it belongs to, payload length and
// payload SHA-256, then the payload. decodeEntry refuses anything that does not check out.
import { createHash } from 'node:crypto';

const MAGIC = Buffer.from('PLGCACHE', 'ascii');
const FORMAT_VERSION = 1;
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 4 + HASH_BYTES + 8 + HASH_BYTES;

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** Encodes a payload as an entry for `key` (hex SHA-256). */
export function encodeEntry(key: string, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  let at = MAGIC.copy(header, 0);
  at = header.writeUInt32LE(FORMAT_VERSION, at);
  at += Buffer.from(key, 'hex').copy(header, at);
  at = header.writeBigUInt64LE(BigInt(payload.length), at);
  sha256(payload).copy(header, at);
  return Buffer.concat([header, payload]);
}

/** The payload of a well-formed entry for `key`, or undefined (wrong magic, version, key, length or hash). */
export function decodeEntry(key: string, bytes: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < HEADER_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  let at = MAGIC.length;
  if (buf.readUInt32LE(at) !== FORMAT_VERSION) return undefined;
  at += 4;
  if (!buf.subarray(at, at + HASH_BYTES).equals(Buffer.from(key, 'hex'))) return undefined;
  at += HASH_BYTES;
  const length = buf.readBigUInt64LE(at);
  at += 8;
  if (length !== BigInt(buf.length - HEADER_BYTES)) return undefined;
  const digest = buf.subarray(at, at + HASH_BYTES);
  const payload = buf.subarray(HEADER_BYTES);
  if (!sha256(payload).equals(digest)) return undefined;
  return new Uint8Array(payload);
}

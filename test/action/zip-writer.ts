// A minimal zip writer for tests: builds archives like the ones GitHub serves for artifacts (deflated or stored
// entries, optionally with Zip64 size fields) to exercise the Action's zip reader.
import { deflateRawSync } from 'node:zlib';

/** One file to put in the archive. */
export interface ZipInput {
  name: string;
  data: Buffer;
  method?: 'stored' | 'deflated';
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** Writes the archive; `zip64` marks sizes and offsets as 0xFFFFFFFF and puts the real values in Zip64 records. */
export function writeZip(files: ZipInput[], options: { zip64?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const deflated = (f.method ?? 'deflated') === 'deflated';
    const data = deflated ? deflateRawSync(f.data) : f.data;
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(f.data);
    const method = u16(deflated ? 8 : 0);
    const local = Buffer.concat([u32(0x04034b50), u16(20), u16(0), method, u32(0), u32(crc), u32(data.length), u32(f.data.length), u16(name.length), u16(0), name]);
    const big = options.zip64 === true;
    const extra = big ? Buffer.concat([u16(1), u16(24), u64(f.data.length), u64(data.length), u64(offset)]) : Buffer.alloc(0);
    const size = (n: number): Buffer => u32(big ? 0xffffffff : n);
    central.push(Buffer.concat([
      u32(0x02014b50), u16(45), u16(20), u16(0), method, u32(0), u32(crc), size(data.length), size(f.data.length),
      u16(name.length), u16(extra.length), u16(0), u16(0), u16(0), u32(0), size(offset), name, extra,
    ]));
    parts.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const end64At = offset + directory.length;
    tail.push(Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(files.length), u64(files.length), u64(directory.length), u64(offset)]));
    tail.push(Buffer.concat([u32(0x07064b50), u32(0), u64(end64At), u32(1)]));
    tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)]));
  } else {
    tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(directory.length), u32(offset), u16(0)]));
  }
  return Buffer.concat([...parts, directory, ...tail]);
}

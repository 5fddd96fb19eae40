// Byte-level reading and writing for the Wasm binary format: LEB128 integers, names and byte vectors
// (Wasm spec 5.2 "Values"). Every other encoder file builds on ByteWriter/ByteReader.

/** A growable byte buffer that Wasm structures are written into. */
export class ByteWriter {
  private buf: Uint8Array;
  private len = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(initialCapacity);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Appends one byte. */
  byte(b: number): this {
    this.ensure(1);
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  /** Appends raw bytes. */
  bytes(data: Uint8Array): this {
    this.ensure(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** Unsigned LEB128 of a value in [0, 2^32). */
  u32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`u32 out of range: ${value}`);
    let v = value;
    do {
      let b = v % 128;
      v = Math.floor(v / 128);
      if (v !== 0) b |= 0x80;
      this.byte(b);
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer (i32.const immediates). */
  s32(value: number): this {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) throw new RangeError(`s32 out of range: ${value}`);
    // Plain number arithmetic (no BigInt): i32.const is the most frequent immediate.
    let v = value | 0;
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      const done = (v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0);
      this.byte(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  /** Signed LEB128 of a 64-bit integer (i64.const immediates). */
  s64(value: bigint): this {
    let v = BigInt.asIntN(64, value);
    for (;;) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      const done = (v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0);
      this.byte(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  /** Appends a little-endian float32. */
  f32(value: number): this {
    const tmp = new DataView(new ArrayBuffer(4));
    tmp.setFloat32(0, value, true);
    return this.bytes(new Uint8Array(tmp.buffer));
  }

  /** Appends a little-endian float64. */
  f64(value: number): this {
    const tmp = new DataView(new ArrayBuffer(8));
    tmp.setFloat64(0, value, true);
    return this.bytes(new Uint8Array(tmp.buffer));
  }

  /** A UTF-8 name prefixed with its byte length. */
  name(text: string): this {
    const data = new TextEncoder().encode(text);
    return this.u32(data.length).bytes(data);
  }

  /** A byte vector prefixed with its length. */
  vecBytes(data: Uint8Array): this {
    return this.u32(data.length).bytes(data);
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array<ArrayBuffer> {
    return this.buf.slice(0, this.len);
  }
}

/** A cursor over Wasm binary bytes; every read checks bounds and reports the failing offset. */
export class ByteReader {
  pos: number;

  constructor(readonly data: Uint8Array, start = 0, readonly end = data.length) {
    this.pos = start;
  }

  /** Whether the cursor reached the end. */
  get atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** Throws a malformed-input error naming the current offset. */
  fail(what: string): never {
    throw new Error(`malformed wasm at offset ${this.pos}: ${what}`);
  }

  /** Reads one byte. */
  byte(): number {
    if (this.pos >= this.end) this.fail('unexpected end');
    return this.data[this.pos++];
  }

  /** Reads n bytes (a view, not a copy). */
  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.end) this.fail(`byte run of ${n} past the end`);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Reads an unsigned LEB128 u32. */
  u32(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) {
        if (result > 0xffffffff) this.fail('u32 overflow');
        return result;
      }
      mul *= 128;
    }
    return this.fail('u32 LEB128 too long');
  }

  /** Reads a signed LEB128 i32. */
  s32(): number {
    return Number(BigInt.asIntN(32, this.s64()));
  }

  /** Reads a signed LEB128 i64. */
  s64(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) {
        if ((b & 0x40) !== 0) result -= 1n << shift;
        return BigInt.asIntN(64, result);
      }
    }
    return this.fail('s64 LEB128 too long');
  }

  /** Reads a little-endian float32. */
  f32(): number {
    const b = this.bytes(4);
    return new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true);
  }

  /** Reads a little-endian float64. */
  f64(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  /** Reads a length-prefixed UTF-8 name. */
  name(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes(this.u32()));
  }
}

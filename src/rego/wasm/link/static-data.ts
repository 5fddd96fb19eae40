// The per-policy data segment: NUL-terminated byte strings, interned string and boolean value structs
// (STATIC_VALUE_LAYOUT) and JSON blobs, laid out append-only from a base address so every constant's address
// is known the moment code asks for it.
import { STATIC_VALUE_LAYOUT } from '../runtime-abi';

const ALIGN = 8;

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** A byte run placed in the data segment. */
export interface PlacedBytes {
  addr: number;
  length: number;
}

/** Append-only builder of the policy's static data, starting at `base` (8-aligned). */
export class StaticData {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private readonly cstrings = new Map<string, PlacedBytes>();
  private readonly stringValues = new Map<string, number>();
  private readonly boolValues = new Map<boolean, number>();
  private readonly encoder = new TextEncoder();

  constructor(readonly base: number) {
    if (base % ALIGN !== 0) throw new Error(`static data base ${base} is not ${ALIGN}-aligned`);
  }

  /** First address after the data written so far. */
  get end(): number {
    return this.base + this.size;
  }

  private append(bytes: Uint8Array, align = 1): number {
    const padded = alignUp(this.size, align);
    if (padded > this.size) this.chunks.push(new Uint8Array(padded - this.size));
    this.size = padded;
    const addr = this.base + this.size;
    this.chunks.push(bytes);
    this.size += bytes.length;
    return addr;
  }

  /** UTF-8 bytes of `text` followed by NUL; `length` excludes the NUL. Deduplicated. */
  cstring(text: string): PlacedBytes {
    const known = this.cstrings.get(text);
    if (known) return known;
    const utf8 = this.encoder.encode(text);
    const withNul = new Uint8Array(utf8.length + 1);
    withNul.set(utf8);
    const placed = { addr: this.append(withNul), length: utf8.length };
    this.cstrings.set(text, placed);
    return placed;
  }

  /** Raw bytes (e.g. JSON text for opa_json_parse), not deduplicated. */
  blob(text: string): PlacedBytes {
    const utf8 = this.encoder.encode(text);
    return { addr: this.append(utf8), length: utf8.length };
  }

  /** Address of an interned string value struct for `text`. */
  stringValue(text: string): number {
    const known = this.stringValues.get(text);
    if (known !== undefined) return known;
    const bytes = this.cstring(text);
    const layout = STATIC_VALUE_LAYOUT.string;
    const struct = new Uint8Array(layout.size);
    const view = new DataView(struct.buffer);
    view.setUint8(0, layout.tag);
    view.setUint32(layout.lengthOffset, bytes.length, true);
    view.setUint32(layout.bytesOffset, bytes.addr, true);
    const addr = this.append(struct, ALIGN);
    this.stringValues.set(text, addr);
    return addr;
  }

  /** Address of the interned boolean value struct. */
  boolValue(value: boolean): number {
    const known = this.boolValues.get(value);
    if (known !== undefined) return known;
    const layout = STATIC_VALUE_LAYOUT.boolean;
    const struct = new Uint8Array(layout.size);
    struct[0] = layout.tag;
    struct[layout.valueOffset] = value ? 1 : 0;
    const addr = this.append(struct, ALIGN);
    this.boolValues.set(value, addr);
    return addr;
  }

  /** The segment bytes and the 8-aligned end address (where the heap may start). */
  finish(): { bytes: Uint8Array; heapBase: number } {
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { bytes, heapBase: alignUp(this.end, ALIGN) };
  }
}

/** Rounds up to the static data alignment. */
export function alignStatic(n: number): number {
  return alignUp(n, ALIGN);
}

// The "name" custom section (Wasm spec appendix 7.4): function names are parsed so the linker can append
// names for generated functions and the printer can label functions; other subsections stay raw.
import { ByteReader, ByteWriter } from './leb128';

const FUNCTION_NAMES = 1;

/** Decoded name section: function names by index, other subsections (module name, locals …) kept raw. */
export interface NameSection {
  functionNames: Map<number, string>;
  others: { id: number; payload: Uint8Array }[];
}

/** Parses a name section payload (without the section's own "name" string). */
export function readNameSection(payload: Uint8Array): NameSection {
  const r = new ByteReader(payload);
  const out: NameSection = { functionNames: new Map(), others: [] };
  while (!r.atEnd) {
    const id = r.byte();
    const body = r.bytes(r.u32());
    if (id !== FUNCTION_NAMES) {
      out.others.push({ id, payload: body.slice() });
      continue;
    }
    const sub = new ByteReader(body);
    const n = sub.u32();
    for (let i = 0; i < n; i++) {
      const index = sub.u32();
      out.functionNames.set(index, sub.name());
    }
  }
  return out;
}

/** Encodes a name section payload; subsections in ascending id order as the spec requires. */
export function writeNameSection(names: NameSection): Uint8Array {
  const w = new ByteWriter();
  const fn = new ByteWriter();
  const sorted = [...names.functionNames.entries()].sort((a, b) => a[0] - b[0]);
  fn.u32(sorted.length);
  for (const [index, name] of sorted) fn.u32(index).name(name);
  const subsections = [...names.others, { id: FUNCTION_NAMES, payload: fn.finish() }].sort((a, b) => a.id - b.id);
  for (const s of subsections) w.byte(s.id).vecBytes(s.payload);
  return w.finish();
}

/** Splits a custom section payload into its name and content. */
export function splitCustomSection(payload: Uint8Array): { name: string; content: Uint8Array } {
  const r = new ByteReader(payload);
  const name = r.name();
  return { name, content: payload.subarray(r.pos) };
}

/** Joins a custom section's name and content into a payload. */
export function joinCustomSection(name: string, content: Uint8Array): Uint8Array {
  return new ByteWriter(content.length + name.length + 8).name(name).bytes(content).finish();
}

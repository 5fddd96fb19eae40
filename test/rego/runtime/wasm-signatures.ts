// A minimal reader of a Wasm binary's imports, exports, function types and start section, so tests can check
// export signatures (the JS API only reports export kinds).

/** A function signature as value-type names. */
export interface Signature { params: string[]; results: string[] }

/** What the tests need to know about a module. */
export interface ModuleShape {
  imports: { module: string; name: string; kind: number; signature?: Signature }[];
  exports: Map<string, { kind: number; signature?: Signature }>;
  hasStart: boolean;
}

const VALTYPES: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64' };

class Reader {
  constructor(private readonly bytes: Uint8Array, public at = 0) {}
  byte(): number { return this.bytes[this.at++]; }
  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
      shift += 7;
    }
  }
  name(): string {
    const n = this.u32();
    const text = Buffer.from(this.bytes.subarray(this.at, this.at + n)).toString('utf8');
    this.at += n;
    return text;
  }
  vec<T>(item: () => T): T[] {
    return Array.from({ length: this.u32() }, item);
  }
}

/** Reads the sections the tests use (type 1, import 2, function 3, export 7, start 8). */
export function readModuleShape(bytes: Uint8Array): ModuleShape {
  const r = new Reader(bytes, 8);
  let types: Signature[] = [];
  let funcTypes: number[] = [];
  const shape: ModuleShape = { imports: [], exports: new Map(), hasStart: false };
  const importedFuncTypes: number[] = [];
  const rawExports: { name: string; kind: number; index: number }[] = [];
  while (r.at < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.at + size;
    if (id === 1) {
      types = r.vec(() => {
        r.byte();
        const params = r.vec(() => VALTYPES[r.byte()]);
        const results = r.vec(() => VALTYPES[r.byte()]);
        return { params, results };
      });
    } else if (id === 2) {
      shape.imports = r.vec(() => {
        const module = r.name();
        const name = r.name();
        const kind = r.byte();
        if (kind === 0) {
          const t = r.u32();
          importedFuncTypes.push(t);
          return { module, name, kind, signature: types[t] };
        }
        if (kind === 2) { const flags = r.byte(); r.u32(); if (flags & 1) r.u32(); }
        else if (kind === 3) { r.byte(); r.byte(); }
        else if (kind === 1) { r.byte(); const flags = r.byte(); r.u32(); if (flags & 1) r.u32(); }
        return { module, name, kind };
      });
    } else if (id === 3) {
      funcTypes = r.vec(() => r.u32());
    } else if (id === 7) {
      rawExports.push(...r.vec(() => ({ name: r.name(), kind: r.byte(), index: r.u32() })));
    } else if (id === 8) {
      shape.hasStart = true;
    }
    r.at = end;
  }
  const allFuncTypes = [...importedFuncTypes, ...funcTypes];
  for (const e of rawExports) {
    shape.exports.set(e.name, { kind: e.kind, signature: e.kind === 0 ? types[allFuncTypes[e.index]] : undefined });
  }
  return shape;
}

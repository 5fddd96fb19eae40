// The minimum size (64 KiB pages) of a policy module's imported memory: its data segments and runtime heap base
// need that many pages, and instantiating it over a smaller Memory fails ("memory import … is smaller than
// initial …"). Read from the import section alone, so the evaluation workers never parse a whole module.
import { ByteReader } from './encoder/leb128';

const IMPORT_SECTION = 2;
const EXTERNAL = { func: 0, table: 1, memory: 2, global: 3 } as const;

function skipLimits(r: ByteReader): number {
  const flags = r.byte();
  const min = r.u32();
  if (flags & 1) r.u32();
  return min;
}

/** The imported memory's minimum page count; 0 when the module imports no memory. */
export function importedMemoryPages(wasm: Uint8Array): number {
  const r = new ByteReader(wasm, 8);
  while (!r.atEnd) {
    const id = r.byte();
    const size = r.u32();
    const end = r.pos + size;
    if (id !== IMPORT_SECTION) {
      r.pos = end;
      continue;
    }
    for (let n = r.u32(); n > 0; n--) {
      r.bytes(r.u32());
      r.bytes(r.u32());
      const kind = r.byte();
      if (kind === EXTERNAL.memory) return skipLimits(r);
      if (kind === EXTERNAL.func) r.u32();
      else if (kind === EXTERNAL.table) {
        r.byte();
        skipLimits(r);
      } else if (kind === EXTERNAL.global) r.bytes(2);
      else r.fail(`unknown import kind ${kind}`);
    }
    return 0;
  }
  return 0;
}

const PAGE_MIB = 1 / 16;

/**
 * The Memory descriptor to instantiate a module with: at least the pages it imports and `initialPages` when
 * given, at most `maximumPages` when given. A maximum below what the module itself needs is an error that says
 * so (no evaluation could run under it).
 */
export function memoryFor(wasm: Uint8Array, initialPages?: number, maximumPages?: number): { initial: number; maximum?: number } {
  const needed = importedMemoryPages(wasm);
  const initial = Math.max(needed, initialPages ?? 0, 1);
  if (maximumPages === undefined) return { initial };
  if (maximumPages < needed) {
    throw new Error(`the policy module needs ${needed * PAGE_MIB} MiB of memory before evaluating, more than the ${maximumPages * PAGE_MIB} MiB memory limit`);
  }
  return { initial: Math.min(initial, maximumPages), maximum: maximumPages };
}

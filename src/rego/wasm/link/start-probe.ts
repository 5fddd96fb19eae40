// Finds memory the runtime's own start function writes beyond its data segments. AssemblyScript compiles
// top-level initialisers that allocate (e.g. a concatenated string constant) into the start function, which
// bump-allocates right where the policy data would go; the linker places policy data above what it wrote.
import { writeModule, type WasmModule } from '../encoder/module';

/** The slice of Node's WebAssembly API the probe needs (the project's lib has no WebAssembly types). */
interface ProbeApi {
  Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => object;
}

const PAGE = 65536;
const probed = new WeakMap<WasmModule, number>();

function failingImports(m: WasmModule, memory: object): Record<string, Record<string, unknown>> {
  const env: Record<string, unknown> = { memory };
  for (const imp of m.imports) {
    if (imp.desc.kind !== 'func') continue;
    env[imp.name] = () => {
      throw new Error(`runtime start function called env.${imp.name}`);
    };
  }
  return { env };
}

/** Instantiates the runtime over memory pre-filled with `pattern` above `from`; returns the end of the bytes it changed. */
function highestWrite(runtime: WasmModule, from: number, pattern: number, exportedStart?: string): number {
  const api = (globalThis as unknown as { WebAssembly: ProbeApi }).WebAssembly;
  const mem = runtime.imports.find((i) => i.desc.kind === 'memory');
  const pages = mem && mem.desc.kind === 'memory' ? Math.max(mem.desc.limits.min, Math.ceil((from + 1) / PAGE)) : 2;
  const memory = new api.Memory({ initial: pages });
  new Uint8Array(memory.buffer).fill(pattern, from);
  const instance = new api.Instance(new api.Module(writeModule(runtime)), failingImports(runtime, memory)) as { exports: Record<string, () => void> };
  if (runtime.start === undefined && exportedStart) instance.exports[exportedStart]();
  const bytes = new Uint8Array(memory.buffer);
  // Pages the start function grew are zero-filled, not patterned.
  const filledEnd = pages * PAGE;
  let end = bytes.length;
  while (end > from && bytes[end - 1] === (end - 1 < filledEnd ? pattern : 0)) end--;
  return end;
}

/**
 * The end of the memory the runtime's start function writes at or above `from` (its data end); `from` when it
 * has no start function or writes nothing there. Two fill patterns, so a written byte equal to one still shows.
 * Cached per module.
 */
export function probeStartWrites(runtime: WasmModule, from: number, exportedStart?: string): number {
  if (runtime.start === undefined && exportedStart === undefined) return from;
  let end = probed.get(runtime);
  if (end === undefined) {
    end = Math.max(highestWrite(runtime, from, 0xa5, exportedStart), highestWrite(runtime, from, 0x5a, exportedStart));
    probed.set(runtime, end);
  }
  return Math.max(from, end);
}

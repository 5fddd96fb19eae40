// Appends a policy's generated code and data to the prebuilt runtime module: deduplicated types, new
// functions and exports, one data segment after the runtime's static data, a start function calling
// opa_runtime_init(heapBase), a patched memory import and, when needed, a function table for CallDynamic.
import { encodeBody, instr, type Instr, type LocalRun } from '../encoder/instructions';
import { funcTypeOf, importedFuncCount, writeModule, type WasmModule } from '../encoder/module';
import { joinCustomSection, readNameSection, splitCustomSection, writeNameSection, type NameSection } from '../encoder/names';
import { VALTYPE } from '../encoder/opcodes';
import { constExprI32, encodeActiveElement, EXTERNAL_KIND, SECTION_ID, type FuncType } from '../encoder/sections';
import type { RuntimeFunction } from '../runtime-abi';
import { withRequiredHostImports } from './host-imports';
import { probeStartWrites } from './start-probe';
import { alignStatic, StaticData } from './static-data';

const PAGE = 65536;
/** Static data never starts below 64 KiB: the SDK's memory tests rely on the heap base being above one page. */
const MIN_STATIC_BASE = PAGE;
/** Runtime exports that hint at the end of its static data (AssemblyScript, clang). */
const DATA_END_GLOBALS = ['__heap_base', '__data_end'];
/** Bytes left free after the runtime's start-time writes (allocator headers past the last non-zero byte). */
const START_ALLOCATION_MARGIN = 64;
/** Exported start-up functions that stand in for a start section (e.g. asc --exportStart). */
const START_EXPORTS = ['_initialize', '_start'];

/** Generated function awaiting its body. */
interface NewFunction {
  name: string;
  typeIndex: number;
  body?: Uint8Array;
}

function typeKey(t: FuncType): string {
  return `${t.params.join(',')}>${t.results.join(',')}`;
}

function valtypes(list: readonly string[]): number[] {
  return list.map((t) => (t === 'i64' ? VALTYPE.i64 : VALTYPE.i32));
}

/** Finds where the runtime's static data ends: active segments and __heap_base/__data_end exports. */
export function runtimeDataEnd(m: WasmModule): number {
  let end = 0;
  for (const seg of m.data) {
    if (seg.flag === 1) continue;
    if (seg.offset === undefined) throw new Error('runtime data segment with a non-constant offset');
    end = Math.max(end, seg.offset + seg.bytes.length);
  }
  const importedGlobals = m.imports.filter((i) => i.desc.kind === 'global').length;
  for (const e of m.exports) {
    if (e.kind !== EXTERNAL_KIND.global || !DATA_END_GLOBALS.includes(e.name) || e.index < importedGlobals) continue;
    const value = constExprI32(m.globals[e.index - importedGlobals].init);
    if (value !== undefined) end = Math.max(end, value);
  }
  return end;
}

/** Builds the linked module: the runtime plus everything the code generator adds. */
export class ModuleLinker {
  readonly module: WasmModule;
  readonly data: StaticData;
  private readonly types = new Map<string, number>();
  private readonly exportsByName = new Map<string, { kind: number; index: number }>();
  private readonly newFunctions: NewFunction[] = [];
  private readonly firstNewFunction: number;
  private readonly newExports: { name: string; index: number }[] = [];

  constructor(original: WasmModule) {
    const runtime = withRequiredHostImports(original);
    // Shallow copies of every list we append to, so the parsed runtime can be reused across policies.
    this.module = {
      ...runtime, types: [...runtime.types], imports: runtime.imports.map((i) => ({ ...i })), functions: [...runtime.functions],
      tables: runtime.tables.map((t) => ({ ...t, limits: { ...t.limits } })), exports: [...runtime.exports], elements: [...runtime.elements],
      code: [...runtime.code], data: [...runtime.data], raw: [...runtime.raw],
    };
    runtime.types.forEach((t, i) => { if (!this.types.has(typeKey(t))) this.types.set(typeKey(t), i); });
    for (const e of runtime.exports) this.exportsByName.set(e.name, { kind: e.kind, index: e.index });
    this.firstNewFunction = importedFuncCount(runtime) + runtime.functions.length;
    const dataEnd = runtimeDataEnd(runtime);
    const exportedStart = START_EXPORTS.find((n) => this.hasRuntimeExport(n));
    // Room for what the runtime's start function allocates, plus a margin for alignment of its bump allocator.
    const startWrites = probeStartWrites(original, dataEnd, exportedStart);
    const base = startWrites > dataEnd ? startWrites + START_ALLOCATION_MARGIN : dataEnd;
    this.data = new StaticData(alignStatic(Math.max(MIN_STATIC_BASE, base)));
  }

  /** Index of a function type, added if the module has none equal. */
  typeIndex(params: readonly number[], results: readonly number[]): number {
    const t = { params: [...params], results: [...results] };
    const known = this.types.get(typeKey(t));
    if (known !== undefined) return known;
    this.module.types.push(t);
    this.types.set(typeKey(t), this.module.types.length - 1);
    return this.module.types.length - 1;
  }

  /** Whether the runtime exports a function of this name. */
  hasRuntimeExport(name: string): boolean {
    return this.exportsByName.get(name)?.kind === EXTERNAL_KIND.func;
  }

  /** The function index of a runtime export; checks its signature when one is given. */
  runtimeFunction(name: string, expected?: RuntimeFunction): number {
    const e = this.exportsByName.get(name);
    if (!e || e.kind !== EXTERNAL_KIND.func) throw new Error(`runtime module does not export function ${name}`);
    if (expected) {
      const actual = funcTypeOf(this.module, e.index);
      if (typeKey(actual) !== typeKey({ params: valtypes(expected.params), results: valtypes(expected.results) })) {
        throw new Error(`runtime export ${name} has type (${actual.params}) -> (${actual.results}), expected (${expected.params}) -> (${expected.results})`);
      }
    }
    return e.index;
  }

  /** Signature of a function by index. */
  functionType(index: number): FuncType {
    return index >= this.firstNewFunction ? this.module.types[this.newFunctions[index - this.firstNewFunction].typeIndex] : funcTypeOf(this.module, index);
  }

  /** Function index of the host import env.<name>; the runtime must already import it. */
  hostImport(name: string): number {
    let funcIndex = 0;
    for (const imp of this.module.imports) {
      if (imp.desc.kind !== 'func') continue;
      if (imp.module === 'env' && imp.name === name) return funcIndex;
      funcIndex++;
    }
    throw new Error(`runtime module does not import env.${name}`);
  }

  /** Reserves the index of a new function with i32 params/results; its body comes later. */
  declareFunction(name: string, paramCount: number, resultCount: number): number {
    const typeIndex = this.typeIndex(new Array<number>(paramCount).fill(VALTYPE.i32), new Array<number>(resultCount).fill(VALTYPE.i32));
    this.newFunctions.push({ name, typeIndex });
    return this.firstNewFunction + this.newFunctions.length - 1;
  }

  /** Supplies the body of a declared function. */
  defineFunction(index: number, extraLocals: number, instrs: readonly Instr[]): void {
    const f = this.newFunctions[index - this.firstNewFunction];
    if (!f || f.body) throw new Error(`function ${index} is not a pending declaration`);
    const locals: LocalRun[] = extraLocals > 0 ? [{ count: extraLocals, type: VALTYPE.i32 }] : [];
    f.body = encodeBody(locals, instrs);
  }

  /** Exports a function; a runtime export of the same name is replaced. */
  exportFunction(name: string, index: number): void {
    this.newExports.push({ name, index });
  }

  /** Places functions in the function table (created if absent) and returns their table indices (never 0). */
  addTableFunctions(funcs: readonly number[]): number[] {
    if (funcs.length === 0) return [];
    if (this.module.imports.some((i) => i.desc.kind === 'table')) throw new Error('runtime module imports a table; cannot extend it');
    if (this.module.tables.length === 0) this.module.tables.push({ elemType: VALTYPE.funcref, limits: { min: 1 } });
    const table = this.module.tables[0];
    const offset = Math.max(1, table.limits.min);
    table.limits.min = offset + funcs.length;
    if (table.limits.max !== undefined) table.limits.max = Math.max(table.limits.max, table.limits.min);
    this.module.elements.push(encodeActiveElement(offset, funcs));
    return funcs.map((_, i) => offset + i);
  }

  /** The runtime's own start-up function, which the generated start function must call first. */
  private runtimeStart(): number | undefined {
    if (this.module.start !== undefined) return this.module.start;
    for (const name of START_EXPORTS) if (this.hasRuntimeExport(name)) return this.runtimeFunction(name);
    return undefined;
  }

  private emitStart(heapBase: number, runtimeInit: number): void {
    const body: Instr[] = [];
    const chained = this.runtimeStart();
    if (chained !== undefined) body.push(instr('call', chained));
    body.push(instr('i32.const', heapBase), instr('call', runtimeInit));
    const index = this.declareFunction('start', 0, 0);
    this.defineFunction(index, 0, body);
    this.module.start = index;
  }

  private patchMemory(heapBase: number): void {
    const mem = this.module.imports.find((i) => i.desc.kind === 'memory');
    if (!mem || mem.desc.kind !== 'memory') throw new Error('runtime module must import its memory (env.memory)');
    const min = Math.max(mem.desc.limits.min, Math.ceil(heapBase / PAGE));
    mem.desc = { kind: 'memory', limits: { min } };
  }

  private appendNames(): void {
    const at = this.module.raw.findIndex((s) => s.id === SECTION_ID.custom && splitCustomSection(s.payload).name === 'name');
    const names: NameSection = at >= 0 ? readNameSection(splitCustomSection(this.module.raw[at].payload).content) : { functionNames: new Map(), others: [] };
    this.newFunctions.forEach((f, i) => names.functionNames.set(this.firstNewFunction + i, f.name));
    const payload = joinCustomSection('name', writeNameSection(names));
    if (at >= 0) this.module.raw[at] = { ...this.module.raw[at], payload };
    else this.module.raw.push({ id: SECTION_ID.custom, payload, after: SECTION_ID.data });
  }

  private mergeExports(): void {
    const replaced = new Set(this.newExports.map((e) => e.name));
    this.module.exports = this.module.exports.filter((e) => !replaced.has(e.name));
    for (const e of this.newExports) this.module.exports.push({ name: e.name, kind: EXTERNAL_KIND.func, index: e.index });
  }

  /** Finishes the module: start function, data segment, memory minimum, exports, names; returns the bytes. */
  finish(runtimeInit: number): Uint8Array<ArrayBuffer> {
    const { bytes, heapBase } = this.data.finish();
    this.emitStart(heapBase, runtimeInit);
    for (const f of this.newFunctions) {
      if (!f.body) throw new Error(`generated function ${f.name} has no body`);
      this.module.functions.push(f.typeIndex);
      this.module.code.push(f.body);
    }
    if (bytes.length > 0) this.module.data.push({ flag: 0, memory: 0, offset: this.data.base, bytes });
    this.patchMemory(heapBase);
    this.mergeExports();
    this.appendNames();
    return writeModule(this.module);
  }
}

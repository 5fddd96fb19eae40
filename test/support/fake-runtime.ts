// A tiny stand-in for build/runtime.wasm, written with plangate's own encoder: the host imports, every
// RUNTIME_FUNCTIONS export with a trivial body, the ABI globals, a static data segment and a start function.
// It validates and links like the real runtime but evaluates nothing; structural back-end tests use it.
import { encodeBody, instr, type Instr } from '../../src/rego/wasm/encoder/instructions';
import { emptyModule, writeModule, type WasmModule } from '../../src/rego/wasm/encoder/module';
import { VALTYPE } from '../../src/rego/wasm/encoder/opcodes';
import { EXTERNAL_KIND, i32ConstExpr, type FuncType } from '../../src/rego/wasm/encoder/sections';
import { HOST_IMPORTS, RUNTIME_FUNCTIONS } from '../../src/rego/wasm/runtime-abi';

/** Options of the fake runtime. */
export interface FakeRuntimeOptions {
  /** End address of its static data (a segment ending there is emitted). Default 65536 + 100. */
  dataEnd?: number;
  /** Emit a start section calling an init function. */
  withStart?: boolean;
  /** Make the start function write a byte this far past the data end (as an allocating AssemblyScript start does). */
  startWritesPast?: number;
  /** Host imports to leave out (as AssemblyScript does for imports the runtime never calls). */
  omitImports?: string[];
  /** Extra exports `builtin_<name>` taking `arity` i32 and returning i32. */
  nativeBuiltins?: Record<string, number>;
}

const HOST_TYPES: Record<string, FuncType> = {
  opa_abort: { params: [VALTYPE.i32], results: [] },
  opa_println: { params: [VALTYPE.i32], results: [] },
};

function typeIndex(m: WasmModule, t: FuncType): number {
  const key = JSON.stringify(t);
  const found = m.types.findIndex((x) => JSON.stringify(x) === key);
  return found >= 0 ? found : m.types.push(t) - 1;
}

function trivialBody(t: FuncType): Uint8Array {
  const body: Instr[] = t.results.map((r) => (r === VALTYPE.i64 ? instr('i64.const', 0n) : instr('i32.const', 0)));
  return encodeBody([], body);
}

function addFunction(m: WasmModule, name: string | undefined, t: FuncType, body = trivialBody(t)): number {
  m.functions.push(typeIndex(m, t));
  m.code.push(body);
  const index = m.imports.filter((i) => i.desc.kind === 'func').length + m.functions.length - 1;
  if (name) m.exports.push({ name, kind: EXTERNAL_KIND.func, index });
  return index;
}

/** The fake runtime as a parsed module. */
export function fakeRuntimeModule(options: FakeRuntimeOptions = {}): WasmModule {
  const m = emptyModule();
  for (const name of HOST_IMPORTS) {
    if (name === 'memory' || options.omitImports?.includes(name)) continue;
    const n = Number(name.replace('opa_builtin', ''));
    const t = HOST_TYPES[name] ?? { params: new Array<number>(n + 2).fill(VALTYPE.i32), results: [VALTYPE.i32] };
    m.imports.push({ module: 'env', name, desc: { kind: 'func', type: typeIndex(m, t) } });
  }
  m.imports.push({ module: 'env', name: 'memory', desc: { kind: 'memory', limits: { min: 2 } } });
  for (const [name, fn] of Object.entries(RUNTIME_FUNCTIONS)) {
    const vt = (list: readonly string[]): number[] => list.map((x) => (x === 'i64' ? VALTYPE.i64 : VALTYPE.i32));
    addFunction(m, name, { params: vt(fn.params), results: vt(fn.results) });
  }
  for (const [name, arity] of Object.entries(options.nativeBuiltins ?? {})) {
    addFunction(m, `builtin_${name.replace(/\./g, '__')}`, { params: new Array<number>(arity).fill(VALTYPE.i32), results: [VALTYPE.i32] });
  }
  m.globals.push({ valType: VALTYPE.i32, mutable: false, init: i32ConstExpr(1) }, { valType: VALTYPE.i32, mutable: false, init: i32ConstExpr(3) });
  m.exports.push({ name: 'opa_wasm_abi_version', kind: EXTERNAL_KIND.global, index: 0 }, { name: 'opa_wasm_abi_minor_version', kind: EXTERNAL_KIND.global, index: 1 });
  const dataEnd = options.dataEnd ?? 65536 + 100;
  if (options.withStart || options.startWritesPast) {
    const write = options.startWritesPast ? [instr('i32.const', dataEnd + options.startWritesPast - 1), instr('i32.const', 7), instr('i32.store8', 0, 0)] : [];
    const memoInit = m.exports.find((e) => e.name === 'opa_memoize_init')!.index;
    m.start = addFunction(m, undefined, { params: [], results: [] }, encodeBody([], [...write, instr('call', memoInit)]));
  }
  m.data.push({ flag: 0, memory: 0, offset: dataEnd - 20, bytes: new TextEncoder().encode('fake runtime static.') });
  return m;
}

/** The fake runtime's bytes. */
export function fakeRuntimeBytes(options: FakeRuntimeOptions = {}): Uint8Array<ArrayBuffer> {
  return writeModule(fakeRuntimeModule(options));
}

// Makes sure the runtime imports every host function generated code calls. AssemblyScript drops imports the
// runtime itself never uses; adding one shifts every defined function's index, so calls, exports, elements,
// the start function and function names of the runtime are renumbered here, before any code is appended.
import { decodeBody, encodeBody, type Instr } from '../encoder/instructions';
import { importedFuncCount, type WasmModule } from '../encoder/module';
import { joinCustomSection, readNameSection, splitCustomSection, writeNameSection } from '../encoder/names';
import { VALTYPE } from '../encoder/opcodes';
import { constExprI32, encodeActiveElement, EXTERNAL_KIND, SECTION_ID, type FuncType } from '../encoder/sections';

const I32 = VALTYPE.i32;

/** Host functions the code generator may call, with their types (wasm-abi.md 1.7). */
export const REQUIRED_HOST_FUNCTIONS: readonly { name: string; type: FuncType }[] = [
  { name: 'opa_abort', type: { params: [I32], results: [] } },
  ...[0, 1, 2, 3, 4].map((n) => ({ name: `opa_builtin${n}`, type: { params: new Array<number>(n + 2).fill(I32), results: [I32] } })),
];

function hasImport(m: WasmModule, name: string): boolean {
  return m.imports.some((i) => i.module === 'env' && i.name === name && i.desc.kind === 'func');
}

function typeIndexIn(m: WasmModule, t: FuncType): number {
  const key = JSON.stringify(t);
  const found = m.types.findIndex((x) => JSON.stringify(x) === key);
  return found >= 0 ? found : m.types.push({ params: [...t.params], results: [...t.results] }) - 1;
}

function shiftBody(body: Uint8Array, shift: (i: number) => number): Uint8Array {
  const { locals, instrs } = decodeBody(body);
  const shifted: Instr[] = instrs.slice(0, -1).map((ins) => (ins.op === 'call' || ins.op === 'ref.func' ? { op: ins.op, args: [shift(ins.args[0] as number)] } : ins));
  return encodeBody(locals, shifted);
}

function renumber(m: WasmModule, firstDefined: number, added: number): void {
  const shift = (i: number): number => (i >= firstDefined ? i + added : i);
  m.code = m.code.map((b) => shiftBody(b, shift));
  m.exports = m.exports.map((e) => (e.kind === EXTERNAL_KIND.func ? { ...e, index: shift(e.index) } : e));
  if (m.start !== undefined) m.start = shift(m.start);
  m.elements = m.elements.map((el) => {
    if (!el.active0) throw new Error('runtime element segment of an unsupported form; cannot add host imports');
    return encodeActiveElement(el.active0.offset, el.active0.funcs.map(shift));
  });
  for (const g of m.globals) {
    if (constExprI32(g.init) === undefined && g.init.includes(0xd2)) throw new Error('runtime global initialised with ref.func; cannot add host imports');
  }
  m.raw = m.raw.map((s) => {
    if (s.id !== SECTION_ID.custom || splitCustomSection(s.payload).name !== 'name') return s;
    const names = readNameSection(splitCustomSection(s.payload).content);
    names.functionNames = new Map([...names.functionNames].map(([i, n]) => [shift(i), n]));
    return { ...s, payload: joinCustomSection('name', writeNameSection(names)) };
  });
}

const completed = new WeakMap<WasmModule, WasmModule>();

/** The runtime itself when it imports every required host function, else a renumbered copy that does (cached). */
export function withRequiredHostImports(runtime: WasmModule): WasmModule {
  const missing = REQUIRED_HOST_FUNCTIONS.filter((f) => !hasImport(runtime, f.name));
  if (missing.length === 0) return runtime;
  const cached = completed.get(runtime);
  if (cached) return cached;
  const m: WasmModule = { ...runtime, types: [...runtime.types], imports: [...runtime.imports] };
  const firstDefined = importedFuncCount(runtime);
  // New function imports go after the existing ones: only defined functions move.
  let insertAt = m.imports.reduce((at, imp, i) => (imp.desc.kind === 'func' ? i + 1 : at), 0);
  for (const f of missing) m.imports.splice(insertAt++, 0, { module: 'env', name: f.name, desc: { kind: 'func', type: typeIndexIn(m, f.type) } });
  renumber(m, firstDefined, missing.length);
  completed.set(runtime, m);
  return m;
}

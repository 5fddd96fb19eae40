// A stable text dump of a Wasm module for golden tests and `--dump-after`: sections with counts, imports,
// exports, data segments, and function bodies as instruction lists (optionally only from a given index).
import { decodeBody, type Instr } from './encoder/instructions';
import { funcTypeOf, importedFuncCount, type WasmModule } from './encoder/module';
import { readNameSection, splitCustomSection } from './encoder/names';
import { VALTYPE_NAME } from './encoder/opcodes';
import { SECTION_ID, type FuncType } from './encoder/sections';

/** Options of printModule. */
export interface PrintOptions {
  /** Print bodies only of functions with an index at or above this (e.g. skip the runtime's). Default 0. */
  bodiesFrom?: number;
}

const KIND_NAMES = ['func', 'table', 'memory', 'global'];

function typeText(t: FuncType): string {
  const names = (l: number[]): string => l.map((v) => VALTYPE_NAME.get(v) ?? `0x${v.toString(16)}`).join(' ');
  return `(${names(t.params)}) -> (${names(t.results)})`;
}

function instrText(ins: Instr, names: Map<number, string>): string {
  if (ins.op === 'block' || ins.op === 'loop' || ins.op === 'if') {
    const bt = ins.args[0] as number;
    if (bt === -0x40) return ins.op;
    return `${ins.op} ${bt < 0 ? `(result ${VALTYPE_NAME.get(-bt) ?? -bt})` : `(type ${bt})`}`;
  }
  if (ins.op === 'call' && names.has(ins.args[0] as number)) return `call ${ins.args[0]} <${names.get(ins.args[0] as number)}>`;
  if (ins.args.length === 0) return ins.op;
  return `${ins.op} ${ins.args.map((a) => a.toString()).join(' ')}`;
}

function bodyLines(body: Uint8Array, names: Map<number, string>): string[] {
  let decoded;
  try {
    decoded = decodeBody(body);
  } catch (e) {
    return [`  ;; ${body.length} bytes not decoded: ${(e as Error).message}`];
  }
  const lines: string[] = [];
  const localCount = decoded.locals.reduce((n, r) => n + r.count, 0);
  if (localCount) lines.push(`  locals ${decoded.locals.map((r) => `${r.count}x${VALTYPE_NAME.get(r.type) ?? r.type}`).join(' ')}`);
  let depth = 1;
  for (const ins of decoded.instrs) {
    if (ins.op === 'end' || ins.op === 'else') depth--;
    lines.push(`${'  '.repeat(Math.max(depth, 0) + 1)}${instrText(ins, names)}`);
    if (['block', 'loop', 'if', 'else'].includes(ins.op)) depth++;
  }
  return lines;
}

function functionNames(m: WasmModule): Map<number, string> {
  const section = m.raw.find((s) => s.id === SECTION_ID.custom && splitCustomSection(s.payload).name === 'name');
  const names = section ? readNameSection(splitCustomSection(section.payload).content).functionNames : new Map<number, string>();
  for (const e of m.exports) if (e.kind === 0 && !names.has(e.index)) names.set(e.index, e.name);
  m.imports.filter((i) => i.desc.kind === 'func').forEach((imp, index) => {
    if (!names.has(index)) names.set(index, `${imp.module}.${imp.name}`);
  });
  return names;
}

/** Renders the module as text. */
export function printModule(m: WasmModule, options: PrintOptions = {}): string {
  const out: string[] = [];
  const names = functionNames(m);
  const imported = importedFuncCount(m);
  out.push(`types ${m.types.length}`, `imports ${m.imports.length}`);
  for (const imp of m.imports) {
    const d = imp.desc;
    const detail = d.kind === 'func' ? typeText(m.types[d.type]) : d.kind === 'memory' ? `min ${d.limits.min}${d.limits.max !== undefined ? ` max ${d.limits.max}` : ''}` : '';
    out.push(`  ${d.kind} ${imp.module}.${imp.name} ${detail}`.trimEnd());
  }
  out.push(`functions ${m.functions.length} (first defined index ${imported})`);
  for (const t of m.tables) out.push(`table funcref min ${t.limits.min}${t.limits.max !== undefined ? ` max ${t.limits.max}` : ''}`);
  out.push(`globals ${m.globals.length}`);
  out.push(`exports ${m.exports.length}`);
  for (const e of [...m.exports].sort((a, b) => a.name.localeCompare(b.name))) out.push(`  ${KIND_NAMES[e.kind]} ${e.name} ${e.index}`);
  if (m.start !== undefined) out.push(`start ${m.start} <${names.get(m.start) ?? ''}>`);
  for (const el of m.elements) if (el.active0) out.push(`elements at ${el.active0.offset}: ${el.active0.funcs.join(' ')}`);
  out.push(`data segments ${m.data.length}`);
  for (const d of m.data) out.push(`  ${d.offset !== undefined ? `at ${d.offset}` : 'passive'} ${d.bytes.length} bytes`);
  const from = options.bodiesFrom ?? 0;
  m.code.forEach((body, i) => {
    const index = imported + i;
    if (index < from) return;
    out.push(`func ${index} ${names.get(index) ?? ''} ${typeText(funcTypeOf(m, index))}`.replace(/ +/g, ' '));
    out.push(...bodyLines(body, names));
  });
  return out.join('\n') + '\n';
}

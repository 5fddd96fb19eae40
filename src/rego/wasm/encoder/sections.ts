// Section payloads of a Wasm module (spec 5.5 "Modules"): the data types and one reader/writer pair per
// section kind. module.ts sequences them; sections the linker never edits keep their raw bytes.
import { decodeInstr } from './instructions';
import { ByteReader, ByteWriter } from './leb128';

/** Section ids in the order a module must list them (custom sections may appear anywhere). */
export const SECTION_ID = {
  custom: 0, type: 1, import: 2, function: 3, table: 4, memory: 5, global: 6, export: 7, start: 8, element: 9,
  code: 10, data: 11, dataCount: 12, tag: 13,
} as const;

/** Order of known sections in a binary (data count precedes code; tag sits between memory and global). */
export const SECTION_ORDER: readonly number[] = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11];

/** External kinds used by imports and exports. */
export const EXTERNAL_KIND = { func: 0, table: 1, memory: 2, global: 3 } as const;

/** A function signature: value type bytes of params and results. */
export interface FuncType {
  params: number[];
  results: number[];
}

/** Memory or table size limits (pages or elements). */
export interface Limits {
  min: number;
  max?: number;
  /** 0x02 in the flag byte: shared memory (kept as read). */
  shared?: boolean;
}

/** What an import brings in. */
export type ImportDesc =
  | { kind: 'func'; type: number }
  | { kind: 'table'; elemType: number; limits: Limits }
  | { kind: 'memory'; limits: Limits }
  | { kind: 'global'; valType: number; mutable: boolean };

/** One import: module name, field name, description. */
export interface Import {
  module: string;
  name: string;
  desc: ImportDesc;
}

/** A table definition (element type byte and limits). */
export interface Table {
  elemType: number;
  limits: Limits;
}

/** A global definition. */
export interface Global {
  valType: number;
  mutable: boolean;
  /** Constant initialiser expression bytes, including its final `end`. */
  init: Uint8Array;
}

/** One export: name, external kind, index in that kind's index space. */
export interface Export {
  name: string;
  kind: number;
  index: number;
}

/** An element segment: flag-0 segments (active, table 0, function indices) are parsed; others are kept raw. */
export interface ElementSegment {
  raw: Uint8Array;
  active0?: { offset: number; funcs: number[] };
}

/** A data segment. `offset` is the i32.const value of an active segment's offset expression when it is one. */
export interface DataSegment {
  flag: number;
  memory: number;
  offsetExpr?: Uint8Array;
  offset?: number;
  bytes: Uint8Array;
}

/** A section kept as bytes: custom sections (name + payload) and section kinds the linker does not edit. */
export interface RawSection {
  id: number;
  payload: Uint8Array;
  /** The known section this one followed in the source binary (0 = before every known section). */
  after: number;
}

/** Reads limits (flag byte, min, optional max). */
export function readLimits(r: ByteReader): Limits {
  const flag = r.byte();
  if (flag > 3) r.fail(`limits flag ${flag}`);
  const min = r.u32();
  const limits: Limits = { min };
  if (flag & 1) limits.max = r.u32();
  if (flag & 2) limits.shared = true;
  return limits;
}

/** Writes limits. */
export function writeLimits(w: ByteWriter, l: Limits): void {
  w.byte((l.max !== undefined ? 1 : 0) | (l.shared ? 2 : 0)).u32(l.min);
  if (l.max !== undefined) w.u32(l.max);
}

/** Reads a constant expression up to and including its `end`, returning its bytes. */
export function readConstExpr(r: ByteReader): Uint8Array {
  const start = r.pos;
  for (;;) {
    if (decodeInstr(r).op === 'end') return r.data.subarray(start, r.pos);
  }
}

/** The value of an `i32.const N; end` expression, or undefined for any other expression. */
export function constExprI32(expr: Uint8Array): number | undefined {
  const r = new ByteReader(expr);
  const first = decodeInstr(r);
  if (first.op !== 'i32.const' || decodeInstr(r).op !== 'end' || !r.atEnd) return undefined;
  return first.args[0] as number;
}

/** `i32.const N; end` as bytes. */
export function i32ConstExpr(value: number): Uint8Array {
  return new ByteWriter(8).byte(0x41).s32(value).byte(0x0b).finish();
}

/** Reads a length-prefixed vector. */
export function readVec<T>(r: ByteReader, item: (r: ByteReader) => T): T[] {
  const n = r.u32();
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(item(r));
  return out;
}

/** Writes a length-prefixed vector. */
export function writeVec<T>(w: ByteWriter, items: readonly T[], item: (w: ByteWriter, x: T) => void): void {
  w.u32(items.length);
  for (const x of items) item(w, x);
}

/** Reads a function type (form 0x60). */
export function readFuncType(r: ByteReader): FuncType {
  const form = r.byte();
  if (form !== 0x60) r.fail(`type form 0x${form.toString(16)} (only function types are supported)`);
  return { params: readVec(r, (x) => x.byte()), results: readVec(r, (x) => x.byte()) };
}

/** Writes a function type. */
export function writeFuncType(w: ByteWriter, t: FuncType): void {
  w.byte(0x60);
  writeVec(w, t.params, (x, b) => x.byte(b));
  writeVec(w, t.results, (x, b) => x.byte(b));
}

/** Reads one import entry. */
export function readImport(r: ByteReader): Import {
  const module = r.name();
  const name = r.name();
  const kind = r.byte();
  switch (kind) {
    case 0: return { module, name, desc: { kind: 'func', type: r.u32() } };
    case 1: return { module, name, desc: { kind: 'table', elemType: r.byte(), limits: readLimits(r) } };
    case 2: return { module, name, desc: { kind: 'memory', limits: readLimits(r) } };
    case 3: return { module, name, desc: { kind: 'global', valType: r.byte(), mutable: r.byte() === 1 } };
    default: return r.fail(`import kind ${kind}`);
  }
}

/** Writes one import entry. */
export function writeImport(w: ByteWriter, imp: Import): void {
  w.name(imp.module).name(imp.name);
  const d = imp.desc;
  if (d.kind === 'func') w.byte(0).u32(d.type);
  else if (d.kind === 'table') { w.byte(1).byte(d.elemType); writeLimits(w, d.limits); }
  else if (d.kind === 'memory') { w.byte(2); writeLimits(w, d.limits); }
  else w.byte(3).byte(d.valType).byte(d.mutable ? 1 : 0);
}

/** Reads one table definition. */
export function readTable(r: ByteReader): Table {
  return { elemType: r.byte(), limits: readLimits(r) };
}

/** Writes one table definition. */
export function writeTable(w: ByteWriter, t: Table): void {
  w.byte(t.elemType);
  writeLimits(w, t.limits);
}

/** Reads one global definition. */
export function readGlobal(r: ByteReader): Global {
  return { valType: r.byte(), mutable: r.byte() === 1, init: readConstExpr(r) };
}

/** Writes one global definition. */
export function writeGlobal(w: ByteWriter, g: Global): void {
  w.byte(g.valType).byte(g.mutable ? 1 : 0).bytes(g.init);
}

/** Reads one export entry. */
export function readExport(r: ByteReader): Export {
  return { name: r.name(), kind: r.byte(), index: r.u32() };
}

/** Writes one export entry. */
export function writeExport(w: ByteWriter, e: Export): void {
  w.name(e.name).byte(e.kind).u32(e.index);
}

/** Skips the body of an element segment after its flag, per the spec's eight encodings. */
function skipElementBody(r: ByteReader, flag: number): void {
  if (flag & 2 && !(flag & 1)) r.u32(); // explicit table index (flags 2 and 6)
  if (!(flag & 1)) readConstExpr(r); // active: offset expression
  if (flag & 3) r.byte(); // element kind or reference type
  if (flag & 4) readVec(r, readConstExpr);
  else readVec(r, (x) => x.u32());
}

/** Reads one element segment. */
export function readElement(r: ByteReader): ElementSegment {
  const start = r.pos;
  const flag = r.u32();
  if (flag > 7) r.fail(`element segment flag ${flag}`);
  if (flag !== 0) {
    skipElementBody(r, flag);
    return { raw: r.data.slice(start, r.pos) };
  }
  const offsetExpr = readConstExpr(r);
  const funcs = readVec(r, (x) => x.u32());
  const offset = constExprI32(offsetExpr);
  const raw = r.data.slice(start, r.pos);
  return offset === undefined ? { raw } : { raw, active0: { offset, funcs } };
}

/** Encodes a flag-0 element segment (active, table 0, i32.const offset, function indices). */
export function encodeActiveElement(offset: number, funcs: readonly number[]): ElementSegment {
  const w = new ByteWriter().u32(0).bytes(i32ConstExpr(offset));
  writeVec(w, funcs, (x, f) => x.u32(f));
  return { raw: w.finish(), active0: { offset, funcs: [...funcs] } };
}

/** Reads one data segment. */
export function readData(r: ByteReader): DataSegment {
  const flag = r.u32();
  if (flag === 1) return { flag, memory: 0, bytes: r.bytes(r.u32()) };
  if (flag !== 0 && flag !== 2) r.fail(`data segment flag ${flag}`);
  const memory = flag === 2 ? r.u32() : 0;
  const offsetExpr = readConstExpr(r);
  const seg: DataSegment = { flag, memory, offsetExpr, bytes: r.bytes(r.u32()) };
  const offset = constExprI32(offsetExpr);
  if (offset !== undefined) seg.offset = offset;
  return seg;
}

/** Writes one data segment. */
export function writeData(w: ByteWriter, d: DataSegment): void {
  w.u32(d.flag);
  if (d.flag === 2) w.u32(d.memory);
  if (d.flag !== 1) w.bytes(d.offsetExpr ?? i32ConstExpr(d.offset ?? 0));
  w.vecBytes(d.bytes);
}

// A whole Wasm module as editable data: readModule parses a binary into sections, writeModule sequences
// them back in spec order. Function bodies stay encoded (the linker only appends), custom sections stay raw.
import { ByteReader, ByteWriter } from './leb128';
import {
  readData, readElement, readExport, readFuncType, readGlobal, readImport, readLimits, readTable, readVec,
  SECTION_ID, SECTION_ORDER, writeData, writeExport, writeFuncType, writeGlobal, writeImport, writeLimits, writeTable, writeVec,
  type DataSegment, type ElementSegment, type Export, type FuncType, type Global, type Import, type Limits, type RawSection, type Table,
} from './sections';

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const VERSION = [0x01, 0x00, 0x00, 0x00];

/** A Wasm module; indices follow the spec (imported functions first, then `functions`). */
export interface WasmModule {
  types: FuncType[];
  imports: Import[];
  /** Type index of each defined function. */
  functions: number[];
  tables: Table[];
  memories: Limits[];
  globals: Global[];
  exports: Export[];
  start?: number;
  elements: ElementSegment[];
  /** Whether the binary carries a data count section (required when code uses memory.init/data.drop). */
  hasDataCount: boolean;
  /** Encoded bodies (locals + expression) of the defined functions. */
  code: Uint8Array[];
  data: DataSegment[];
  /** Custom sections and unedited section kinds, with their position. */
  raw: RawSection[];
}

/** An empty module. */
export function emptyModule(): WasmModule {
  return { types: [], imports: [], functions: [], tables: [], memories: [], globals: [], exports: [], elements: [], hasDataCount: false, code: [], data: [], raw: [] };
}

function readCode(r: ByteReader): Uint8Array {
  return r.bytes(r.u32()).slice();
}

function readSection(m: WasmModule, id: number, r: ByteReader): void {
  switch (id) {
    case SECTION_ID.type: m.types = readVec(r, readFuncType); break;
    case SECTION_ID.import: m.imports = readVec(r, readImport); break;
    case SECTION_ID.function: m.functions = readVec(r, (x) => x.u32()); break;
    case SECTION_ID.table: m.tables = readVec(r, readTable); break;
    case SECTION_ID.memory: m.memories = readVec(r, readLimits); break;
    case SECTION_ID.global: m.globals = readVec(r, readGlobal); break;
    case SECTION_ID.export: m.exports = readVec(r, readExport); break;
    case SECTION_ID.start: m.start = r.u32(); break;
    case SECTION_ID.element: m.elements = readVec(r, readElement); break;
    case SECTION_ID.dataCount: r.u32(); m.hasDataCount = true; break;
    case SECTION_ID.code: m.code = readVec(r, readCode); break;
    case SECTION_ID.data: m.data = readVec(r, readData); break;
    default: r.fail(`section ${id} is not editable`);
  }
  if (!r.atEnd) r.fail(`section ${id} has ${r.end - r.pos} trailing bytes`);
}

const EDITABLE = new Set<number>([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

/** Parses a Wasm binary; throws on malformed input. */
export function readModule(bytes: Uint8Array): WasmModule {
  const r = new ByteReader(bytes);
  const head = r.bytes(8);
  if (![...MAGIC, ...VERSION].every((b, i) => head[i] === b)) r.fail('not a wasm version 1 module');
  const m = emptyModule();
  let lastKnown = 0;
  while (!r.atEnd) {
    const id = r.byte();
    const size = r.u32();
    const end = r.pos + size;
    if (end > bytes.length) r.fail(`section ${id} runs past the end`);
    if (EDITABLE.has(id)) {
      readSection(m, id, new ByteReader(bytes, r.pos, end));
      lastKnown = id;
    } else {
      m.raw.push({ id, payload: bytes.slice(r.pos, end), after: lastKnown });
      if (id !== SECTION_ID.custom) lastKnown = id;
    }
    r.pos = end;
  }
  if (m.functions.length !== m.code.length) throw new Error(`malformed wasm: ${m.functions.length} functions but ${m.code.length} bodies`);
  return m;
}

function sectionPayload(m: WasmModule, id: number): Uint8Array | undefined {
  const w = new ByteWriter(1024);
  switch (id) {
    case SECTION_ID.type: if (!m.types.length) return undefined; writeVec(w, m.types, writeFuncType); break;
    case SECTION_ID.import: if (!m.imports.length) return undefined; writeVec(w, m.imports, writeImport); break;
    case SECTION_ID.function: if (!m.functions.length) return undefined; writeVec(w, m.functions, (x, t) => x.u32(t)); break;
    case SECTION_ID.table: if (!m.tables.length) return undefined; writeVec(w, m.tables, writeTable); break;
    case SECTION_ID.memory: if (!m.memories.length) return undefined; writeVec(w, m.memories, writeLimits); break;
    case SECTION_ID.global: if (!m.globals.length) return undefined; writeVec(w, m.globals, writeGlobal); break;
    case SECTION_ID.export: if (!m.exports.length) return undefined; writeVec(w, m.exports, writeExport); break;
    case SECTION_ID.start: if (m.start === undefined) return undefined; w.u32(m.start); break;
    case SECTION_ID.element: if (!m.elements.length) return undefined; writeVec(w, m.elements, (x, e) => x.bytes(e.raw)); break;
    case SECTION_ID.dataCount: if (!m.hasDataCount) return undefined; w.u32(m.data.length); break;
    case SECTION_ID.code: if (!m.code.length) return undefined; writeVec(w, m.code, (x, b) => x.vecBytes(b)); break;
    case SECTION_ID.data: if (!m.data.length) return undefined; writeVec(w, m.data, writeData); break;
    default: return undefined;
  }
  return w.finish();
}

/** Encodes a module; custom and raw sections keep their position relative to the known sections. */
export function writeModule(m: WasmModule): Uint8Array<ArrayBuffer> {
  const out = new ByteWriter(64 * 1024).bytes(new Uint8Array([...MAGIC, ...VERSION]));
  const emitRawAfter = (after: number): void => {
    for (const s of m.raw) if (s.after === after) out.byte(s.id).vecBytes(s.payload);
  };
  emitRawAfter(0);
  for (const id of SECTION_ORDER) {
    const payload = sectionPayload(m, id);
    if (payload) out.byte(id).vecBytes(payload);
    emitRawAfter(id);
  }
  return out.finish();
}

/** Number of imported functions (defined function i has index importedFuncCount + i). */
export function importedFuncCount(m: WasmModule): number {
  return m.imports.filter((i) => i.desc.kind === 'func').length;
}

/** The type of function `index` (imported or defined). */
export function funcTypeOf(m: WasmModule, index: number): FuncType {
  const imported = m.imports.filter((i) => i.desc.kind === 'func');
  if (index < imported.length) {
    const d = imported[index].desc;
    if (d.kind !== 'func') throw new Error('unreachable: filtered to functions');
    return m.types[d.type];
  }
  const t = m.functions[index - imported.length];
  if (t === undefined) throw new Error(`function index ${index} out of range`);
  return m.types[t];
}

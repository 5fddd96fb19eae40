// Instructions as data (`{op, args}`) and their binary form: encode for code generation, decode for the
// printer and for reading runtime bodies. Immediates follow the opcode table's kinds (opcodes.ts).
import { ByteReader, ByteWriter } from './leb128';
import { MISC_OPCODE_BY_CODE, MISC_PREFIX, OPCODE_BY_BYTE, OPCODE_BY_NAME, VALTYPE_NAME, type OpcodeInfo } from './opcodes';

/**
 * One instruction. `args` by immediate kind: index → [n]; call_indirect → [type, table]; br_table → [...depths,
 * default]; memarg → [align, offset]; memory → [0]; i32/f32/f64 → [n]; i64 → [bigint]; select_t → value type
 * bytes; index2 → [a, b]; blocktype → [b] where b < 0 is a negated type byte (-0x40 = no result) and b ≥ 0 a type index.
 */
export interface Instr {
  op: string;
  args: readonly (number | bigint)[];
}

/** Builds an instruction, checking the name exists. */
export function instr(op: string, ...args: (number | bigint)[]): Instr {
  if (!OPCODE_BY_NAME.has(op)) throw new Error(`unknown wasm instruction ${op}`);
  return { op, args };
}

function num(x: number | bigint | undefined, op: string): number {
  if (typeof x !== 'number') throw new Error(`instruction ${op}: expected a number immediate`);
  return x;
}

function encodeImmediates(w: ByteWriter, info: OpcodeInfo, args: Instr['args']): void {
  switch (info.imm) {
    case 'none':
      return;
    case 'blocktype': {
      const b = num(args[0], info.name);
      if (b < 0) w.byte(-b);
      else w.s64(BigInt(b));
      return;
    }
    case 'index':
      w.u32(num(args[0], info.name));
      return;
    case 'call_indirect':
    case 'index2':
    case 'memarg':
      w.u32(num(args[0], info.name)).u32(num(args[1], info.name));
      return;
    case 'br_table':
      w.u32(args.length - 1);
      for (const a of args) w.u32(num(a, info.name));
      return;
    case 'memory':
      w.byte(0);
      return;
    case 'i32':
      w.s32(num(args[0], info.name));
      return;
    case 'i64':
      w.s64(typeof args[0] === 'bigint' ? args[0] : BigInt(num(args[0], info.name)));
      return;
    case 'f32':
      w.f32(num(args[0], info.name));
      return;
    case 'f64':
      w.f64(num(args[0], info.name));
      return;
    case 'select_t':
      w.u32(args.length);
      for (const a of args) w.byte(num(a, info.name));
      return;
  }
}

/** Appends one instruction's bytes. */
export function encodeInstr(w: ByteWriter, ins: Instr): void {
  const info = OPCODE_BY_NAME.get(ins.op);
  if (!info) throw new Error(`unknown wasm instruction ${ins.op}`);
  if (info.prefix !== undefined) w.byte(info.prefix).u32(info.code);
  else w.byte(info.code);
  encodeImmediates(w, info, ins.args);
}

function decodeImmediates(r: ByteReader, info: OpcodeInfo): (number | bigint)[] {
  switch (info.imm) {
    case 'none':
      return [];
    case 'blocktype': {
      const b = r.data[r.pos];
      if (b === 0x40 || VALTYPE_NAME.has(b)) {
        r.pos++;
        return [-b];
      }
      return [Number(r.s64())];
    }
    case 'index':
      return [r.u32()];
    case 'call_indirect':
    case 'index2':
    case 'memarg':
      return [r.u32(), r.u32()];
    case 'br_table': {
      const n = r.u32();
      const out: number[] = [];
      for (let i = 0; i <= n; i++) out.push(r.u32());
      return out;
    }
    case 'memory':
      return [r.byte()];
    case 'i32':
      return [r.s32()];
    case 'i64':
      return [r.s64()];
    case 'f32':
      return [r.f32()];
    case 'f64':
      return [r.f64()];
    case 'select_t': {
      const n = r.u32();
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(r.byte());
      return out;
    }
  }
}

/** Reads one instruction; throws on opcodes outside the table (e.g. SIMD). */
export function decodeInstr(r: ByteReader): Instr {
  const at = r.pos;
  const b = r.byte();
  const info = b === MISC_PREFIX ? MISC_OPCODE_BY_CODE.get(r.u32()) : OPCODE_BY_BYTE.get(b);
  if (!info) throw new Error(`unsupported opcode 0x${b.toString(16)} at offset ${at}`);
  return { op: info.name, args: decodeImmediates(r, info) };
}

/** Local declarations of a function body: runs of (count, value type byte). */
export interface LocalRun {
  count: number;
  type: number;
}

/** A decoded function body. */
export interface DecodedBody {
  locals: LocalRun[];
  instrs: Instr[];
}

/** Decodes a function body (locals + expression, including the final `end`). */
export function decodeBody(body: Uint8Array): DecodedBody {
  const r = new ByteReader(body);
  const locals: LocalRun[] = [];
  const runs = r.u32();
  for (let i = 0; i < runs; i++) locals.push({ count: r.u32(), type: r.byte() });
  const instrs: Instr[] = [];
  while (!r.atEnd) instrs.push(decodeInstr(r));
  return { locals, instrs };
}

/** Encodes a function body from its local runs and instructions (the final `end` is added). */
export function encodeBody(locals: readonly LocalRun[], instrs: readonly Instr[]): Uint8Array {
  const w = new ByteWriter(64 + instrs.length * 3);
  w.u32(locals.length);
  for (const run of locals) w.u32(run.count).byte(run.type);
  for (const ins of instrs) encodeInstr(w, ins);
  w.byte(0x0b);
  return w.finish();
}

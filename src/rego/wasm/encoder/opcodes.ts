// The Wasm opcode table (spec 5.4 "Instructions"): MVP plus sign-extension, non-trapping conversions and
// bulk memory. One row per instruction, naming its immediate kind; the encoder and decoder are driven by it.

/** Shape of an instruction's immediates. */
export type ImmediateKind =
  | 'none'
  | 'blocktype'
  | 'index' // one u32: label depth, function, local, global, table, type
  | 'call_indirect' // type index, table index
  | 'br_table' // vector of depths + default
  | 'memarg' // align, offset
  | 'memory' // one reserved memory index byte
  | 'i32'
  | 'i64'
  | 'f32'
  | 'f64'
  | 'select_t'
  | 'index2'; // two u32s (memory.init, memory.copy, table.copy, table.init)

/** One opcode: its byte(s) and immediate kind. `prefix` is 0xfc for the miscellaneous group. */
export interface OpcodeInfo {
  name: string;
  code: number;
  prefix?: number;
  imm: ImmediateKind;
}

const CONTROL: [string, number, ImmediateKind][] = [
  ['unreachable', 0x00, 'none'], ['nop', 0x01, 'none'], ['block', 0x02, 'blocktype'], ['loop', 0x03, 'blocktype'],
  ['if', 0x04, 'blocktype'], ['else', 0x05, 'none'], ['end', 0x0b, 'none'], ['br', 0x0c, 'index'],
  ['br_if', 0x0d, 'index'], ['br_table', 0x0e, 'br_table'], ['return', 0x0f, 'none'], ['call', 0x10, 'index'],
  ['call_indirect', 0x11, 'call_indirect'], ['drop', 0x1a, 'none'], ['select', 0x1b, 'none'], ['select_t', 0x1c, 'select_t'],
  ['local.get', 0x20, 'index'], ['local.set', 0x21, 'index'], ['local.tee', 0x22, 'index'],
  ['global.get', 0x23, 'index'], ['global.set', 0x24, 'index'], ['table.get', 0x25, 'index'], ['table.set', 0x26, 'index'],
  ['ref.null', 0xd0, 'index'], ['ref.is_null', 0xd1, 'none'], ['ref.func', 0xd2, 'index'],
];

const MEMORY_NAMES = [
  'i32.load', 'i64.load', 'f32.load', 'f64.load', 'i32.load8_s', 'i32.load8_u', 'i32.load16_s', 'i32.load16_u',
  'i64.load8_s', 'i64.load8_u', 'i64.load16_s', 'i64.load16_u', 'i64.load32_s', 'i64.load32_u',
  'i32.store', 'i64.store', 'f32.store', 'f64.store', 'i32.store8', 'i32.store16', 'i64.store8', 'i64.store16', 'i64.store32',
];

// 0x45..0xc4: numeric instructions without immediates, in opcode order.
const NUMERIC_NAMES = (
  'i32.eqz i32.eq i32.ne i32.lt_s i32.lt_u i32.gt_s i32.gt_u i32.le_s i32.le_u i32.ge_s i32.ge_u ' +
  'i64.eqz i64.eq i64.ne i64.lt_s i64.lt_u i64.gt_s i64.gt_u i64.le_s i64.le_u i64.ge_s i64.ge_u ' +
  'f32.eq f32.ne f32.lt f32.gt f32.le f32.ge f64.eq f64.ne f64.lt f64.gt f64.le f64.ge ' +
  'i32.clz i32.ctz i32.popcnt i32.add i32.sub i32.mul i32.div_s i32.div_u i32.rem_s i32.rem_u i32.and i32.or i32.xor ' +
  'i32.shl i32.shr_s i32.shr_u i32.rotl i32.rotr ' +
  'i64.clz i64.ctz i64.popcnt i64.add i64.sub i64.mul i64.div_s i64.div_u i64.rem_s i64.rem_u i64.and i64.or i64.xor ' +
  'i64.shl i64.shr_s i64.shr_u i64.rotl i64.rotr ' +
  'f32.abs f32.neg f32.ceil f32.floor f32.trunc f32.nearest f32.sqrt f32.add f32.sub f32.mul f32.div f32.min f32.max f32.copysign ' +
  'f64.abs f64.neg f64.ceil f64.floor f64.trunc f64.nearest f64.sqrt f64.add f64.sub f64.mul f64.div f64.min f64.max f64.copysign ' +
  'i32.wrap_i64 i32.trunc_f32_s i32.trunc_f32_u i32.trunc_f64_s i32.trunc_f64_u i64.extend_i32_s i64.extend_i32_u ' +
  'i64.trunc_f32_s i64.trunc_f32_u i64.trunc_f64_s i64.trunc_f64_u f32.convert_i32_s f32.convert_i32_u f32.convert_i64_s ' +
  'f32.convert_i64_u f32.demote_f64 f64.convert_i32_s f64.convert_i32_u f64.convert_i64_s f64.convert_i64_u f64.promote_f32 ' +
  'i32.reinterpret_f32 i64.reinterpret_f64 f32.reinterpret_i32 f64.reinterpret_i64 ' +
  'i32.extend8_s i32.extend16_s i64.extend8_s i64.extend16_s i64.extend32_s'
).split(' ');

const MISC: [string, number, ImmediateKind][] = [
  ['i32.trunc_sat_f32_s', 0, 'none'], ['i32.trunc_sat_f32_u', 1, 'none'], ['i32.trunc_sat_f64_s', 2, 'none'],
  ['i32.trunc_sat_f64_u', 3, 'none'], ['i64.trunc_sat_f32_s', 4, 'none'], ['i64.trunc_sat_f32_u', 5, 'none'],
  ['i64.trunc_sat_f64_s', 6, 'none'], ['i64.trunc_sat_f64_u', 7, 'none'], ['memory.init', 8, 'index2'],
  ['data.drop', 9, 'index'], ['memory.copy', 10, 'index2'], ['memory.fill', 11, 'memory'], ['table.init', 12, 'index2'],
  ['elem.drop', 13, 'index'], ['table.copy', 14, 'index2'], ['table.grow', 15, 'index'], ['table.size', 16, 'index'],
  ['table.fill', 17, 'index'],
];

/** Prefix byte of the miscellaneous (saturating truncation, bulk memory, table) instructions. */
export const MISC_PREFIX = 0xfc;

function buildTable(): OpcodeInfo[] {
  const rows: OpcodeInfo[] = CONTROL.map(([name, code, imm]) => ({ name, code, imm }));
  MEMORY_NAMES.forEach((name, i) => rows.push({ name, code: 0x28 + i, imm: 'memarg' }));
  rows.push({ name: 'memory.size', code: 0x3f, imm: 'memory' }, { name: 'memory.grow', code: 0x40, imm: 'memory' });
  rows.push({ name: 'i32.const', code: 0x41, imm: 'i32' }, { name: 'i64.const', code: 0x42, imm: 'i64' });
  rows.push({ name: 'f32.const', code: 0x43, imm: 'f32' }, { name: 'f64.const', code: 0x44, imm: 'f64' });
  NUMERIC_NAMES.forEach((name, i) => rows.push({ name, code: 0x45 + i, imm: 'none' }));
  for (const [name, code, imm] of MISC) rows.push({ name, code, prefix: MISC_PREFIX, imm });
  return rows;
}

/** Every known opcode. */
export const OPCODES: readonly OpcodeInfo[] = buildTable();

/** Opcode by text name (`i32.const`). */
export const OPCODE_BY_NAME: ReadonlyMap<string, OpcodeInfo> = new Map(OPCODES.map((o) => [o.name, o]));

/** Single-byte opcodes by byte value. */
export const OPCODE_BY_BYTE: ReadonlyMap<number, OpcodeInfo> = new Map(OPCODES.filter((o) => o.prefix === undefined).map((o) => [o.code, o]));

/** 0xfc-prefixed opcodes by sub-opcode. */
export const MISC_OPCODE_BY_CODE: ReadonlyMap<number, OpcodeInfo> = new Map(OPCODES.filter((o) => o.prefix === MISC_PREFIX).map((o) => [o.code, o]));

/** Value type bytes. */
export const VALTYPE = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, v128: 0x7b, funcref: 0x70, externref: 0x6f } as const;

/** Value type by byte, for printing. */
export const VALTYPE_NAME: ReadonlyMap<number, string> = new Map(Object.entries(VALTYPE).map(([k, v]) => [v, k]));

/** Block type byte for a block with no result. */
export const BLOCKTYPE_EMPTY = 0x40;

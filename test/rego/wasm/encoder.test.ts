// The binary encoder: LEB128 edge values, the opcode table, instruction and module round trips (the fake
// runtime and, when built, build/runtime.wasm must come back byte-identical).
import { decodeBody, encodeBody, instr } from '../../../src/rego/wasm/encoder/instructions';
import { ByteReader, ByteWriter } from '../../../src/rego/wasm/encoder/leb128';
import { readModule, writeModule } from '../../../src/rego/wasm/encoder/module';
import { OPCODE_BY_NAME, OPCODES } from '../../../src/rego/wasm/encoder/opcodes';
import { fakeRuntimeBytes } from '../../support/fake-runtime';
import { builtRuntime } from '../../support/wasm-runtime';
import { wasmApi } from '../../support/webassembly';

describe('LEB128', () => {
  test.each([
    [0, [0x00]], [1, [0x01]], [127, [0x7f]], [128, [0x80, 0x01]], [624485, [0xe5, 0x8e, 0x26]], [0xffffffff, [0xff, 0xff, 0xff, 0xff, 0x0f]],
  ])('u32 %d', (value, bytes) => {
    const out = new ByteWriter().u32(value).finish();
    expect([...out]).toEqual(bytes);
    expect(new ByteReader(out).u32()).toBe(value);
  });

  test.each([
    [0, [0x00]], [-1, [0x7f]], [63, [0x3f]], [64, [0xc0, 0x00]], [-64, [0x40]], [-65, [0xbf, 0x7f]], [-123456, [0xc0, 0xbb, 0x78]],
    [0x7fffffff, [0xff, 0xff, 0xff, 0xff, 0x07]], [-0x80000000, [0x80, 0x80, 0x80, 0x80, 0x78]],
  ])('s32 %d', (value, bytes) => {
    const out = new ByteWriter().s32(value).finish();
    expect([...out]).toEqual(bytes);
    expect(new ByteReader(out).s32()).toBe(value);
  });

  test.each([0n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 1234567890123n])('s64 %s round trip', (value) => {
    expect(new ByteReader(new ByteWriter().s64(value).finish()).s64()).toBe(value);
  });

  test('rejects out-of-range and truncated values', () => {
    expect(() => new ByteWriter().u32(-1)).toThrow(RangeError);
    expect(() => new ByteReader(new Uint8Array([0x80])).u32()).toThrow('unexpected end');
  });
});

describe('opcode table', () => {
  test.each([
    ['unreachable', 0x00], ['call_indirect', 0x11], ['local.tee', 0x22], ['i32.load', 0x28], ['i64.store32', 0x3e],
    ['memory.grow', 0x40], ['i32.eqz', 0x45], ['i32.add', 0x6a], ['i64.extend_i32_u', 0xad], ['i64.extend32_s', 0xc4],
  ])('%s is opcode %d', (name, code) => {
    expect(OPCODE_BY_NAME.get(name)?.code).toBe(code);
  });

  test('names and single-byte codes are unique', () => {
    expect(new Set(OPCODES.map((o) => o.name)).size).toBe(OPCODES.length);
    const single = OPCODES.filter((o) => o.prefix === undefined).map((o) => o.code);
    expect(new Set(single).size).toBe(single.length);
  });
});

test('a function body decodes to the instructions it was encoded from', () => {
  const instrs = [
    instr('block', -0x40), instr('i32.const', -5), instr('i64.const', -(2n ** 40n)), instr('drop'), instr('drop'),
    instr('local.get', 3), instr('i32.load', 2, 12), instr('br_table', 0, 1, 0), instr('end'),
    instr('f64.const', 1.5), instr('drop'), instr('memory.copy', 0, 0), instr('call_indirect', 4, 0),
  ];
  const body = encodeBody([{ count: 2, type: 0x7f }], instrs);
  const decoded = decodeBody(body);
  expect(decoded.locals).toEqual([{ count: 2, type: 0x7f }]);
  expect(decoded.instrs).toEqual([...instrs, instr('end')]);
});

const runtime = builtRuntime();

describe.each([
  ['fake runtime', fakeRuntimeBytes({ withStart: true })],
  ...(runtime ? [['build/runtime.wasm', runtime] as [string, Uint8Array]] : []),
])('module round trip: %s', (_name, bytes) => {
  test('writeModule(readModule(x)) is byte-identical and valid', () => {
    expect(wasmApi.validate(bytes)).toBe(true);
    expect(Buffer.from(writeModule(readModule(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });

  test('every function body decodes and re-encodes identically', () => {
    for (const body of readModule(bytes).code) {
      const { locals, instrs } = decodeBody(body);
      expect(Buffer.from(encodeBody(locals, instrs.slice(0, -1))).equals(Buffer.from(body))).toBe(true);
    }
  });
});

test('malformed binaries are rejected with an offset', () => {
  expect(() => readModule(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toThrow('not a wasm version 1 module');
  const truncated = fakeRuntimeBytes().slice(0, 40);
  expect(() => readModule(truncated)).toThrow(/malformed wasm at offset \d+/);
});

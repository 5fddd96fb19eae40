// The linker against the fake runtime: where the data segment goes, the memory import, the start function,
// exports, type deduplication, the CallDynamic table, names, interned value layout, and code generation errors.
import { PlangateError } from '../../../src/diagnostics';
import type { Policy } from '../../../src/rego/ir/types';
import { emitPolicyModule, readModule } from '../../../src/rego/wasm';
import { decodeBody } from '../../../src/rego/wasm/encoder/instructions';
import { importedFuncCount, type WasmModule } from '../../../src/rego/wasm/encoder/module';
import { readNameSection, splitCustomSection } from '../../../src/rego/wasm/encoder/names';
import { STATIC_VALUE_LAYOUT } from '../../../src/rego/wasm/runtime-abi';
import { fakeRuntimeBytes, fakeRuntimeModule, type FakeRuntimeOptions } from '../../support/fake-runtime';
import { at, block, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { wasmApi } from '../../support/webassembly';

function simplePolicy(): Policy {
  const b = new PolicyBuilder();
  b.plan('test/p', block({ kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 2 }, ...resultOf(b, 2, 3)));
  return b.build();
}

function link(policy: Policy, options: FakeRuntimeOptions = {}): { bytes: Uint8Array; module: WasmModule } {
  const bytes = emitPolicyModule(policy, { runtime: fakeRuntimeBytes(options), lookupBuiltin: () => undefined });
  expect(wasmApi.validate(bytes)).toBe(true);
  return { bytes, module: readModule(bytes) };
}

function exportIndex(m: WasmModule, name: string): number {
  const e = m.exports.find((x) => x.name === name);
  if (!e) throw new Error(`no export ${name}`);
  return e.index;
}

function bodyByName(m: WasmModule, name: string): Uint8Array {
  const section = m.raw.find((s) => splitCustomSection(s.payload).name === 'name')!;
  for (const [index, n] of readNameSection(splitCustomSection(section.payload).content).functionNames) {
    if (n === name) return m.code[index - importedFuncCount(m)];
  }
  throw new Error(`no function ${name}`);
}

function memoryMin(m: WasmModule): { min: number; max?: number } {
  const mem = m.imports.find((i) => i.desc.kind === 'memory');
  if (!mem || mem.desc.kind !== 'memory') throw new Error('no memory import');
  return mem.desc.limits;
}

describe('data segment placement', () => {
  test.each([
    ['runtime data below 64 KiB: policy data starts at 65536', 1000, 65536],
    ['just above 64 KiB: next 8-aligned address', 65536 + 100, 65640],
    ['far up: after it', 300_001, 300_008],
  ])('%s', (_note, dataEnd, expectedBase) => {
    const { module } = link(simplePolicy(), { dataEnd });
    const seg = module.data[module.data.length - 1];
    expect(seg.offset).toBe(expectedBase);
    const heapBase = Math.ceil((expectedBase + seg.bytes.length) / 8) * 8;
    expect(memoryMin(module)).toEqual({ min: Math.ceil(heapBase / 65536) });
    const start = decodeBody(module.code[module.start! - importedFuncCount(module)]).instrs;
    expect(start.map((i) => i.op)).toEqual(['i32.const', 'call', 'end']);
    expect(start[0].args[0]).toBe(heapBase);
    expect(start[1].args[0]).toBe(exportIndex(module, 'opa_runtime_init'));
  });

  test('memory the runtime start function writes past its data is left to it', () => {
    const { module } = link(simplePolicy(), { dataEnd: 70_000, startWritesPast: 5000 });
    expect(module.data[module.data.length - 1].offset).toBe(Math.ceil((75_000 + 64) / 8) * 8);
  });

  test('a declared memory maximum is dropped', () => {
    const runtime = fakeRuntimeModule();
    const mem = runtime.imports.find((i) => i.desc.kind === 'memory')!;
    mem.desc = { kind: 'memory', limits: { min: 1, max: 3 } };
    const module = readModule(emitPolicyModule(simplePolicy(), { runtime }));
    expect(memoryMin(module).max).toBeUndefined();
  });

  test('interned strings follow STATIC_VALUE_LAYOUT and point at NUL-terminated bytes', () => {
    const { module } = link(simplePolicy());
    const seg = module.data[module.data.length - 1];
    const view = new DataView(seg.bytes.buffer, seg.bytes.byteOffset, seg.bytes.length);
    // "x" is the policy's first string: bytes then the 8-aligned struct.
    const layout = STATIC_VALUE_LAYOUT.string;
    const structAt = 8;
    expect(view.getUint8(structAt)).toBe(layout.tag);
    expect(view.getUint32(structAt + layout.lengthOffset, true)).toBe(1);
    const bytesAddr = view.getUint32(structAt + layout.bytesOffset, true) - seg.offset!;
    expect([seg.bytes[bytesAddr], seg.bytes[bytesAddr + 1]]).toEqual(['x'.charCodeAt(0), 0]);
  });
});

describe('module shape', () => {
  test('the runtime start function runs before opa_runtime_init', () => {
    const runtime = fakeRuntimeModule({ withStart: true });
    const { module } = { module: readModule(emitPolicyModule(simplePolicy(), { runtime })) };
    const start = decodeBody(module.code[module.start! - importedFuncCount(module)]).instrs;
    expect(start[0]).toEqual({ op: 'call', args: [runtime.start] });
  });

  test('host imports the runtime lacks are added and its functions renumbered', () => {
    const runtime = fakeRuntimeModule({ withStart: true, omitImports: ['opa_builtin2', 'opa_builtin3'] });
    const b = new PolicyBuilder().builtin('custom.two', 2);
    b.plan('t', block({ kind: 'CallStmt', func: 'custom.two', args: [loc(0), loc(0)], result: 2 }, ...resultOf(b, 2, 3)));
    const module = readModule(emitPolicyModule(b.build(), { runtime, lookupBuiltin: () => undefined }));
    const imports = module.imports.filter((i) => i.desc.kind === 'func').map((i) => i.name);
    expect(imports).toEqual(['opa_abort', 'opa_println', 'opa_builtin0', 'opa_builtin1', 'opa_builtin4', 'opa_builtin2', 'opa_builtin3']);
    const generatedStart = decodeBody(module.code[module.start! - importedFuncCount(module)]).instrs;
    const runtimeStart = generatedStart[0].args[0] as number;
    expect(runtimeStart).toBe(runtime.start! + 2);
    // The runtime's start body calls opa_memoize_init at its new index, which the export names too.
    expect(decodeBody(module.code[runtimeStart - importedFuncCount(module)]).instrs[0]).toEqual({ op: 'call', args: [exportIndex(module, 'opa_memoize_init')] });
    expect(decodeBody(bodyByName(module, 'plan 0 t')).instrs).toContainEqual({ op: 'call', args: [5] });
  });

  test('runtime exports are kept and the ABI entry points added', () => {
    const runtime = fakeRuntimeModule();
    const { module } = link(simplePolicy());
    const names = module.exports.map((e) => e.name);
    for (const e of runtime.exports) expect(names).toContain(e.name);
    for (const name of ['eval', 'opa_eval', 'builtins', 'entrypoints']) expect(names.filter((n) => n === name)).toHaveLength(1);
  });

  test('linking is deterministic and leaves the parsed runtime untouched', () => {
    const runtime = fakeRuntimeModule({ withStart: true });
    const before = JSON.stringify(runtime, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
    const first = emitPolicyModule(simplePolicy(), { runtime });
    const second = emitPolicyModule(simplePolicy(), { runtime });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(JSON.stringify(runtime, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))).toBe(before);
  });

  test('function types are not duplicated', () => {
    const { module } = link(simplePolicy());
    const keys = module.types.map((t) => JSON.stringify(t));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('generated functions are named in the name section', () => {
    const { module } = link(simplePolicy());
    const section = module.raw.find((s) => splitCustomSection(s.payload).name === 'name')!;
    const names = [...readNameSection(splitCustomSection(section.payload).content).functionNames.values()];
    expect(names).toEqual(expect.arrayContaining(['plan 0 test/p', 'eval', 'opa_eval', 'builtins', 'entrypoints', 'start']));
  });

  test('no table without CallDynamic; a table with rule functions from index 1 with it', () => {
    expect(link(simplePolicy()).module.tables).toHaveLength(0);
    const b = new PolicyBuilder();
    b.func('g0.data.t.a', [0, 1], 2, [block({ kind: 'ReturnLocalStmt', source: 2 })], ['g0', 't', 'a']);
    b.func('g0.data.t.f', [0, 1, 2], 3, [block({ kind: 'ReturnLocalStmt', source: 3 })], ['g0', 't', 'f']);
    b.plan('t', block({ kind: 'CallDynamicStmt', args: [0, 1], result: 2, path: [b.str('g0'), b.str('t'), loc(0)] }, ...resultOf(b, 2, 3)));
    const { module } = link(b.build());
    expect(module.tables).toEqual([{ elemType: 0x70, limits: { min: 2 } }]);
    expect(module.elements.map((e) => e.active0)).toEqual([{ offset: 1, funcs: [importedFuncCount(module) + fakeRuntimeModule().functions.length] }]);
  });
});

describe('code generation errors', () => {
  test('a host built-in with more than four arguments is a compile error at its location', () => {
    const b = new PolicyBuilder().builtin('custom.five', 5);
    const file = b.file('policy/five.rego');
    b.plan('t', block(at({ kind: 'CallStmt', func: 'custom.five', args: [loc(0), loc(0), loc(0), loc(0), loc(0)], result: 2 }, 7, 9, file)));
    let error: unknown;
    try {
      emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes(), lookupBuiltin: () => undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlangateError);
    expect((error as PlangateError).diagnostics).toEqual([
      { code: 'rego_compile_error', severity: 'error', message: 'too many built-in call arguments', location: { file: 'policy/five.rego', line: 7, col: 9 } },
    ]);
  });

  test('a built-in the registry places in the runtime must be exported by it', () => {
    const b = new PolicyBuilder().builtin('count', 1);
    b.plan('t', block({ kind: 'CallStmt', func: 'count', args: [loc(0)], result: 2 }));
    expect(() => emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes(), lookupBuiltin: () => ({ impl: { kind: 'runtime', export: 'builtin_count' } }) }))
      .toThrow('runtime module does not export function builtin_count');
  });

  test('an undeclared built-in the runtime exports runs natively (no host id in builtins())', () => {
    const b = new PolicyBuilder().builtin('strings.reverse', 1).builtin('custom.host', 1);
    b.plan('t', block(
      { kind: 'CallStmt', func: 'strings.reverse', args: [loc(0)], result: 2 },
      { kind: 'CallStmt', func: 'custom.host', args: [loc(2)], result: 3 },
    ));
    const bytes = emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes({ nativeBuiltins: { 'strings.reverse': 1 } }), lookupBuiltin: () => undefined });
    const module = readModule(bytes);
    const seg = module.data[module.data.length - 1];
    expect(Buffer.from(seg.bytes).toString('latin1')).toContain('{"custom.host":0}');
    const plan = decodeBody(bodyByName(module, 'plan 0 t'));
    expect(plan.instrs).toContainEqual({ op: 'call', args: [exportIndex(module, 'builtin_strings__reverse')] });
  });

  test('a break out of a with scope (which would skip its restore) is refused', () => {
    const b = new PolicyBuilder();
    b.plan('t', block({ kind: 'BlockStmt', blocks: [block(
      { kind: 'WithStmt', local: 0, path: [], value: b.str('v'), block: block({ kind: 'BreakStmt', index: 1 }) },
    )] }));
    expect(() => emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes() })).toThrow('break index 1 leaves a with scope');
    const inside = new PolicyBuilder();
    inside.plan('t', block({ kind: 'WithStmt', local: 0, path: [], value: inside.str('v'), block: block({ kind: 'BreakStmt', index: 0 }) }));
    expect(wasmApi.validate(emitPolicyModule(inside.build(), { runtime: fakeRuntimeBytes() }))).toBe(true);
  });

  test('a call to an unknown function is an internal error', () => {
    const b = new PolicyBuilder();
    b.plan('t', block({ kind: 'CallStmt', func: 'g0.data.nowhere', args: [], result: 2 }));
    expect(() => emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes() })).toThrow(/internal_error: .*unknown function g0.data.nowhere/);
  });

  test('a runtime missing an ABI function is reported by name', () => {
    const runtime = fakeRuntimeModule();
    runtime.exports = runtime.exports.filter((e) => e.name !== 'opa_value_get');
    expect(() => emitPolicyModule(simplePolicy(), { runtime })).toThrow('runtime module does not export function opa_value_get');
  });
});

// Hand-built IR policies covering every statement kind, linked into build/runtime.wasm and evaluated by
// the real @open-policy-agent/opa-wasm SDK. Each case states the input and the expected result set.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { Stmt } from '../../../src/rego/ir/types';
import { emitPolicyModule } from '../../../src/rego/wasm';
import { STMT_EMITTERS } from '../../../src/rego/wasm/codegen/statements';
import { at, block, bool, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { builtRuntime } from '../../support/wasm-runtime';
import { instanceExports, wasmApi } from '../../support/webassembly';

const runtime = builtRuntime();
const describeWithRuntime = runtime ? describe : describe.skip;

/** Every built-in in these tests runs on the host (custom built-ins passed to loadPolicy). */
const HOST = { lookupBuiltin: () => ({ impl: { kind: 'host' as const } }) };

type Builtins = Record<string, (...args: unknown[]) => unknown>;

async function evaluate(b: PolicyBuilder, input: unknown, builtins: Builtins = {}, entrypoint: string | number = 0): Promise<unknown> {
  const bytes = emitPolicyModule(b.build(), { runtime, ...HOST });
  expect(wasmApi.validate(bytes)).toBe(true);
  const policy = await loadPolicy(bytes, undefined, builtins);
  return policy.evaluate(input, entrypoint);
}

/** A plan whose only block runs `stmts` then adds {result: local 9}. */
function planResult(b: PolicyBuilder, ...stmts: Stmt[]): PolicyBuilder {
  return b.plan('test/p', block(...stmts, ...resultOf(b, 9, 10)));
}

interface Case {
  note: string;
  build: (b: PolicyBuilder) => void;
  input: unknown;
  expected: unknown;
  builtins?: Builtins;
}

const CASES: Case[] = [
  {
    note: 'call/host builtin: input.x + 1',
    build: (b) => planResult(b.builtin('plus', 2),
      { kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 2 },
      { kind: 'MakeNumberRefStmt', index: b.strIndex('1'), target: 3 },
      { kind: 'CallStmt', func: 'plus', args: [loc(2), loc(3)], result: 9 }),
    input: { x: 41 },
    expected: [{ result: 42 }],
    builtins: { plus: (a, c) => (a as number) + (c as number) },
  },
  {
    note: 'dot/missing key is undefined',
    build: (b) => planResult(b, { kind: 'DotStmt', source: loc(0), key: b.str('missing'), target: 9 }),
    input: { x: 1 },
    expected: [],
  },
  {
    note: 'dot/undefined input is undefined',
    build: (b) => planResult(b, { kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 9 }),
    input: undefined,
    expected: [],
  },
  {
    note: 'number ref keeps big integers exact',
    build: (b) => planResult(b,
      { kind: 'MakeNumberRefStmt', index: b.strIndex('28857836529306024611913'), target: 3 },
      { kind: 'MakeNumberRefStmt', index: b.strIndex('28857836529306024611912'), target: 4 },
      { kind: 'NotEqualStmt', a: loc(3), b: loc(4) },
      { kind: 'MakeNumberRefStmt', index: b.strIndex('2.5'), target: 9 }),
    input: {},
    expected: [{ result: 2.5 }],
  },
  {
    note: 'scan/partial set of item names',
    build: (b) => b
      .func('g0.data.test.s', [0, 1], 2, [
        block({ kind: 'MakeSetStmt', target: 2 },
          { kind: 'DotStmt', source: loc(0), key: b.str('items'), target: 3 },
          { kind: 'ScanStmt', source: 3, key: 4, value: 5, block: block(
            { kind: 'DotStmt', source: loc(5), key: b.str('name'), target: 6 },
            { kind: 'SetAddStmt', value: loc(6), set: 2 },
          ) }),
        block({ kind: 'ReturnLocalStmt', source: 2 }),
      ], ['g0', 'test', 's'])
      .plan('test/s', block({ kind: 'CallStmt', func: 'g0.data.test.s', args: [loc(0), loc(1)], result: 9 }, ...resultOf(b, 9, 10))),
    input: { items: [{ name: 'a' }, { other: 1 }, { name: 'b' }, { name: 'a' }] },
    expected: [{ result: expect.arrayContaining(['a', 'b']) }],
  },
  {
    note: 'scan/scalar source runs zero times and the block goes on',
    build: (b) => planResult(b,
      { kind: 'MakeArrayStmt', capacity: 0, target: 9 },
      { kind: 'DotStmt', source: loc(0), key: b.str('n'), target: 3 },
      { kind: 'ScanStmt', source: 3, key: 4, value: 5, block: block({ kind: 'ArrayAppendStmt', value: loc(5), array: 9 }) }),
    input: { n: 7 },
    expected: [{ result: [] }],
  },
  {
    note: 'not/succeeds when the block fails',
    build: (b) => planResult(b,
      { kind: 'NotStmt', block: block({ kind: 'DotStmt', source: loc(0), key: b.str('deny'), target: 3 }) },
      { kind: 'AssignVarStmt', source: bool(true), target: 9 }),
    input: { allow: 1 },
    expected: [{ result: true }],
  },
  {
    note: 'not/fails when the block completes',
    build: (b) => planResult(b,
      { kind: 'NotStmt', block: block({ kind: 'DotStmt', source: loc(0), key: b.str('deny'), target: 3 }) },
      { kind: 'AssignVarStmt', source: bool(true), target: 9 }),
    input: { deny: 1 },
    expected: [],
  },
  {
    note: 'equal and not-equal guards',
    build: (b) => planResult(b,
      { kind: 'DotStmt', source: loc(0), key: b.str('s'), target: 3 },
      { kind: 'EqualStmt', a: loc(3), b: b.str('yes') },
      { kind: 'NotEqualStmt', a: loc(3), b: b.str('no') },
      { kind: 'AssignVarStmt', source: b.str('matched'), target: 9 }),
    input: { s: 'yes' },
    expected: [{ result: 'matched' }],
  },
  {
    note: 'type guards pick the array branch',
    build: (b) => b.plan('test/t', block(
      { kind: 'DotStmt', source: loc(0), key: b.str('v'), target: 3 },
      { kind: 'BlockStmt', blocks: [
        block({ kind: 'IsObjectStmt', source: loc(3) }, { kind: 'AssignVarStmt', source: b.str('object'), target: 9 }),
        block({ kind: 'IsSetStmt', source: loc(3) }, { kind: 'AssignVarStmt', source: b.str('set'), target: 9 }),
        block({ kind: 'IsArrayStmt', source: loc(3) }, { kind: 'AssignVarStmt', source: b.str('array'), target: 9 }),
      ] },
      { kind: 'IsDefinedStmt', source: 9 },
      ...resultOf(b, 9, 10))),
    input: { v: [1] },
    expected: [{ result: 'array' }],
  },
  {
    note: 'break leaves the enclosing block; is-undefined guard',
    build: (b) => b.plan('test/b', block(
      { kind: 'BlockStmt', blocks: [block(
        { kind: 'AssignVarStmt', source: b.str('first'), target: 9 },
        { kind: 'BlockStmt', blocks: [block({ kind: 'BreakStmt', index: 1 })] },
        { kind: 'AssignVarStmt', source: b.str('not reached'), target: 9 },
      )] },
      { kind: 'IsUndefinedStmt', source: 8 },
      ...resultOf(b, 9, 10))),
    input: {},
    expected: [{ result: 'first' }],
  },
  {
    note: 'len, null, int, assign-int, reset, nop, array append',
    build: (b) => planResult(b,
      { kind: 'DotStmt', source: loc(0), key: b.str('s'), target: 3 },
      { kind: 'LenStmt', source: loc(3), target: 4 },
      { kind: 'MakeNullStmt', target: 5 },
      { kind: 'MakeNumberIntStmt', value: 7, target: 6 },
      { kind: 'AssignIntStmt', value: -3, target: 7 },
      { kind: 'MakeNumberIntStmt', value: 1, target: 8 },
      { kind: 'ResetLocalStmt', target: 8 },
      { kind: 'IsUndefinedStmt', source: 8 },
      { kind: 'NopStmt' },
      { kind: 'MakeArrayStmt', capacity: 4, target: 9 },
      { kind: 'ArrayAppendStmt', value: loc(4), array: 9 },
      { kind: 'ArrayAppendStmt', value: loc(5), array: 9 },
      { kind: 'ArrayAppendStmt', value: loc(6), array: 9 },
      { kind: 'ArrayAppendStmt', value: loc(7), array: 9 },
      { kind: 'ArrayAppendStmt', value: bool(false), array: 9 }),
    input: { s: 'héllo' },
    expected: [{ result: [6, null, 7, -3, false] }],
  },
  {
    note: 'object insert, insert-once with an equal value, merge',
    build: (b) => planResult(b,
      { kind: 'MakeObjectStmt', target: 3 },
      { kind: 'ObjectInsertStmt', key: b.str('a'), value: bool(true), object: 3 },
      { kind: 'ObjectInsertOnceStmt', key: b.str('a'), value: bool(true), object: 3 },
      { kind: 'ObjectInsertOnceStmt', key: b.str('b'), value: b.str('x'), object: 3 },
      { kind: 'DotStmt', source: loc(0), key: b.str('base'), target: 4 },
      { kind: 'ObjectMergeStmt', a: 4, b: 3, target: 9 }),
    input: { base: { c: 1 } },
    expected: [{ result: { a: true, b: 'x', c: 1 } }],
  },
  {
    note: 'with/input replaced at a path for the block, restored after',
    build: (b) => b
      .func('g0.data.test.r', [0, 1], 2, [
        block({ kind: 'DotStmt', source: loc(0), key: b.str('a'), target: 3 },
          { kind: 'DotStmt', source: loc(3), key: b.str('b'), target: 4 },
          { kind: 'AssignVarOnceStmt', source: loc(4), target: 2 }),
        block({ kind: 'ReturnLocalStmt', source: 2 }),
      ], ['g0', 'test', 'r'])
      .plan('test/w', block(
        { kind: 'MakeArrayStmt', capacity: 2, target: 9 },
        { kind: 'WithStmt', local: 0, path: [b.strIndex('a'), b.strIndex('b')], value: b.str('mocked'), block: block(
          { kind: 'CallStmt', func: 'g0.data.test.r', args: [loc(0), loc(1)], result: 5 },
          { kind: 'ArrayAppendStmt', value: loc(5), array: 9 },
        ) },
        { kind: 'CallStmt', func: 'g0.data.test.r', args: [loc(0), loc(1)], result: 6 },
        { kind: 'ArrayAppendStmt', value: loc(6), array: 9 },
        { kind: 'DotStmt', source: loc(0), key: b.str('keep'), target: 7 },
        { kind: 'ArrayAppendStmt', value: loc(7), array: 9 },
        ...resultOf(b, 9, 10))),
    input: { a: { b: 'real' }, keep: 1 },
    expected: [{ result: ['mocked', 'real', 1] }],
  },
  {
    note: 'with/whole input replaced; fails when the block fails',
    build: (b) => planResult(b,
      { kind: 'AssignVarStmt', source: b.str('ok'), target: 9 },
      { kind: 'WithStmt', local: 0, path: [], value: b.str('scalar'), block: block(
        { kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 3 },
      ) }),
    input: { x: 1 },
    expected: [],
  },
  {
    note: 'with/data subtree replaced, siblings kept',
    build: (b) => planResult(b,
      { kind: 'WithStmt', local: 1, path: [b.strIndex('limits'), b.strIndex('max')], value: b.str('mocked'), block: block(
        { kind: 'AssignVarStmt', source: loc(1), target: 9 },
      ) }),
    input: {},
    expected: [{ result: { limits: { max: 'mocked' } } }],
  },
  {
    note: 'with/upsert creates missing objects under an undefined input',
    build: (b) => planResult(b,
      { kind: 'WithStmt', local: 0, path: [b.strIndex('p'), b.strIndex('q')], value: bool(true), block: block(
        { kind: 'AssignVarStmt', source: loc(0), target: 9 },
      ) }),
    input: undefined,
    expected: [{ result: { p: { q: true } } }],
  },
  {
    note: 'call dynamic: data.test[input.which] over rule functions',
    build: (b) => {
      for (const name of ['a', 'b']) {
        b.func(`g0.data.test.${name}`, [0, 1], 2, [
          block({ kind: 'AssignVarOnceStmt', source: b.str(`rule ${name}`), target: 2 }),
          block({ kind: 'ReturnLocalStmt', source: 2 }),
        ], ['g0', 'test', name]);
      }
      planResult(b,
        { kind: 'DotStmt', source: loc(0), key: b.str('which'), target: 3 },
        { kind: 'CallDynamicStmt', args: [0, 1], result: 9, path: [b.str('g0'), b.str('test'), loc(3)] });
    },
    input: { which: 'b' },
    expected: [{ result: 'rule b' }],
  },
  {
    note: 'call dynamic: unknown path is undefined',
    build: (b) => {
      b.func('g0.data.test.a', [0, 1], 2, [block({ kind: 'AssignVarOnceStmt', source: bool(true), target: 2 }), block({ kind: 'ReturnLocalStmt', source: 2 })], ['g0', 'test', 'a']);
      planResult(b,
        { kind: 'DotStmt', source: loc(0), key: b.str('which'), target: 3 },
        { kind: 'CallDynamicStmt', args: [0, 1], result: 9, path: [b.str('g0'), b.str('test'), loc(3)] });
    },
    input: { which: 'zzz' },
    expected: [],
  },
  {
    note: 'function with arguments (not memoised)',
    build: (b) => b
      .builtin('concat', 2)
      .func('g0.data.test.f', [0, 1, 2], 3, [
        block({ kind: 'MakeArrayStmt', capacity: 2, target: 4 },
          { kind: 'ArrayAppendStmt', value: loc(2), array: 4 },
          { kind: 'ArrayAppendStmt', value: b.str('!'), array: 4 },
          { kind: 'CallStmt', func: 'concat', args: [b.str(''), loc(4)], result: 5 },
          { kind: 'AssignVarOnceStmt', source: loc(5), target: 3 }),
        block({ kind: 'ReturnLocalStmt', source: 3 }),
      ])
      .plan('test/f', block(
        { kind: 'MakeArrayStmt', capacity: 2, target: 9 },
        { kind: 'CallStmt', func: 'g0.data.test.f', args: [loc(0), loc(1), b.str('hi')], result: 5 },
        { kind: 'ArrayAppendStmt', value: loc(5), array: 9 },
        { kind: 'CallStmt', func: 'g0.data.test.f', args: [loc(0), loc(1), b.str('yo')], result: 6 },
        { kind: 'ArrayAppendStmt', value: loc(6), array: 9 },
        ...resultOf(b, 9, 10))),
    input: {},
    expected: [{ result: ['hi!', 'yo!'] }],
    builtins: { concat: (sep, parts) => (parts as string[]).join(sep as string) },
  },
  {
    note: 'void host builtin: result dropped, block goes on',
    build: (b) => planResult(b.builtin('test.log', 1, false),
      { kind: 'CallStmt', func: 'test.log', args: [b.str('msg')], result: 3 },
      { kind: 'AssignVarStmt', source: b.str('after'), target: 9 }),
    input: {},
    expected: [{ result: 'after' }],
    builtins: { 'test.log': () => undefined },
  },
  {
    note: 'host builtin returning undefined fails the block',
    build: (b) => planResult(b.builtin('test.nothing', 0),
      { kind: 'CallStmt', func: 'test.nothing', args: [], result: 9 }),
    input: {},
    expected: [],
    builtins: { 'test.nothing': () => undefined },
  },
];

describeWithRuntime('IR policies evaluated by @open-policy-agent/opa-wasm', () => {
  test.each(CASES)('$note', async ({ build, input, expected, builtins }) => {
    const b = new PolicyBuilder();
    build(b);
    expect(await evaluate(b, input, builtins)).toEqual(expected);
  });

  test('the cases use every IR statement kind', () => {
    const used = new Set<string>();
    const visit = (stmts: readonly Stmt[]): void => {
      for (const st of stmts) {
        used.add(st.kind);
        if (st.kind === 'BlockStmt') st.blocks.forEach((x) => visit(x.stmts));
        if (st.kind === 'ScanStmt' || st.kind === 'NotStmt' || st.kind === 'WithStmt') visit(st.block.stmts);
      }
    };
    for (const c of CASES) {
      const b = new PolicyBuilder();
      c.build(b);
      const policy = b.build();
      for (const p of [...policy.plans, ...policy.funcs]) p.blocks.forEach((x) => visit(x.stmts));
    }
    expect([...used].sort()).toEqual(Object.keys(STMT_EMITTERS).sort());
  });

  test('a runtime built-in from the registry runs natively and is not in builtins()', async () => {
    const b = new PolicyBuilder().builtin('upper', 1).builtin('custom.shout', 1);
    planResult(b,
      { kind: 'DotStmt', source: loc(0), key: b.str('name'), target: 3 },
      { kind: 'CallStmt', func: 'upper', args: [loc(3)], result: 4 },
      { kind: 'CallStmt', func: 'custom.shout', args: [loc(4)], result: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime }), undefined, { 'custom.shout': (x: unknown) => `${x as string}!` });
    expect(policy.evaluate({ name: 'héllo' })).toEqual([{ result: 'HÉLLO!' }]);
    const ex = instanceExports(policy.wasmInstance);
    const out = new Uint8Array(policy.mem.buffer, ex.opa_json_dump(ex.builtins()));
    expect(JSON.parse(new TextDecoder().decode(out.subarray(0, out.indexOf(0))))).toEqual({ 'custom.shout': 0 });
  });

  test('memoised rule runs once per evaluation', async () => {
    let calls = 0;
    const b = new PolicyBuilder().builtin('test.count', 0);
    b.func('g0.data.test.m', [0, 1], 2, [
      block({ kind: 'CallStmt', func: 'test.count', args: [], result: 3 }, { kind: 'AssignVarOnceStmt', source: loc(3), target: 2 }),
      block({ kind: 'ReturnLocalStmt', source: 2 }),
    ], ['g0', 'test', 'm']);
    planResult(b,
      { kind: 'CallStmt', func: 'g0.data.test.m', args: [loc(0), loc(1)], result: 3 },
      { kind: 'CallStmt', func: 'g0.data.test.m', args: [loc(0), loc(1)], result: 4 },
      { kind: 'EqualStmt', a: loc(3), b: loc(4) },
      { kind: 'AssignVarStmt', source: loc(3), target: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }), undefined, { 'test.count': () => ++calls });
    expect(policy.evaluate({})).toEqual([{ result: 1 }]);
    expect(policy.evaluate({})).toEqual([{ result: 2 }]);
    expect(calls).toBe(2);
  });

  test('conflicting complete rule values abort with file:row:col and the error class', async () => {
    const b = new PolicyBuilder();
    const file = b.file('module.rego');
    planResult(b,
      { kind: 'AssignVarOnceStmt', source: b.str('one'), target: 9 },
      at({ kind: 'AssignVarOnceStmt', source: b.str('two'), target: 9 }, 3, 1, file));
    await expect(evaluate(b, {})).rejects.toBe('module.rego:3:1: eval_conflict_error: var assignment conflict');
  });

  test('assign-once keeps an equal value without conflict', async () => {
    const b = new PolicyBuilder();
    planResult(b,
      { kind: 'AssignVarOnceStmt', source: b.str('same'), target: 9 },
      { kind: 'AssignVarOnceStmt', source: b.str('same'), target: 9 });
    expect(await evaluate(b, {})).toEqual([{ result: 'same' }]);
  });

  test('object insert conflict uses the statement message', async () => {
    const b = new PolicyBuilder();
    const file = b.file('pkg/rules.rego');
    planResult(b,
      { kind: 'MakeObjectStmt', target: 9 },
      { kind: 'ObjectInsertOnceStmt', key: b.str('k'), value: bool(true), object: 9 },
      at({ kind: 'ObjectInsertOnceStmt', key: b.str('k'), value: bool(false), object: 9, conflict: 'object keys must be unique' }, 12, 5, file));
    await expect(evaluate(b, {})).rejects.toBe('pkg/rules.rego:12:5: eval_conflict_error: object keys must be unique');
  });

  test('several entrypoints: by name, by id, and an illegal id aborts', async () => {
    const b = new PolicyBuilder();
    b.plan('test/one', block({ kind: 'AssignVarStmt', source: b.str('one'), target: 9 }, ...resultOf(b, 9, 10)));
    b.plan('test/two', block({ kind: 'AssignVarStmt', source: b.str('two'), target: 9 }, ...resultOf(b, 9, 10)));
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }));
    expect(policy.entrypoints).toEqual({ 'test/one': 0, 'test/two': 1 });
    expect(policy.evaluate({}, 'test/two')).toEqual([{ result: 'two' }]);
    expect(policy.evaluate({}, 0)).toEqual([{ result: 'one' }]);
    expect(() => policy.evaluate({}, 7)).toThrow('internal: illegal entrypoint id');
  });

  test('builtins() lists only host-dispatched built-ins, with ids from the sorted list of all', async () => {
    // alpha.native stands for a runtime built-in (any i32 -> i32 export will do; it is never called).
    const b = new PolicyBuilder().builtin('zeta.host', 1).builtin('alpha.native', 1);
    planResult(b, { kind: 'CallStmt', func: 'zeta.host', args: [b.str('z')], result: 9 });
    const native = {
      lookupBuiltin: (name: string) => ({ impl: name === 'alpha.native' ? { kind: 'runtime' as const, export: 'opa_value_length' } : { kind: 'host' as const } }),
    };
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...native }), undefined, { 'zeta.host': (s: unknown) => `${s as string}!` });
    const exports = instanceExports(policy.wasmInstance);
    const text = (addr: number): string => {
      const bytes = new Uint8Array(policy.mem.buffer, addr);
      return new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0)));
    };
    expect(JSON.parse(text(exports.opa_json_dump(exports.builtins())))).toEqual({ 'zeta.host': 1 });
    expect(policy.evaluate({})).toEqual([{ result: 'z!' }]);
  });

  test('data from setData is visible as local 1', async () => {
    const b = new PolicyBuilder();
    planResult(b, { kind: 'DotStmt', source: loc(1), key: b.str('limits'), target: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }));
    policy.setData({ limits: { max: 3 } });
    expect(policy.evaluate({})).toEqual([{ result: { max: 3 } }]);
  });

  test('a large input grows memory', async () => {
    const b = new PolicyBuilder();
    planResult(b, { kind: 'DotStmt', source: loc(0), key: b.str('items'), target: 3 }, { kind: 'LenStmt', source: loc(3), target: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }));
    const before = policy.mem.buffer.byteLength;
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `item-${i}`, tags: ['a', 'b'] }));
    expect(policy.evaluate({ items })).toEqual([{ result: 100_000 }]);
    expect(policy.mem.buffer.byteLength).toBeGreaterThan(before * 10);
    // The heap is reset per evaluation: a second run does not grow memory further.
    const after = policy.mem.buffer.byteLength;
    expect(policy.evaluate({ items })).toEqual([{ result: 100_000 }]);
    expect(policy.mem.buffer.byteLength).toBe(after);
  });

  test('opa_eval: a non-zero reserved argument aborts; format 1 dumps Rego values', async () => {
    const b = new PolicyBuilder();
    planResult(b, { kind: 'MakeSetStmt', target: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }));
    const ex = instanceExports(policy.wasmInstance);
    const heap = ex.opa_heap_ptr_get();
    const text = (addr: number): string => {
      const bytes = new Uint8Array(policy.mem.buffer, addr);
      return new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0)));
    };
    expect(() => ex.opa_eval(1, 0, policy.dataAddr, 0, 0, heap, 0)).toThrow('invalid reserved argument');
    expect(JSON.parse(text(ex.opa_eval(0, 0, policy.dataAddr, 0, 0, heap, 0)))).toEqual([{ result: [] }]);
    expect(text(ex.opa_eval(0, 0, policy.dataAddr, 0, 0, heap, 1))).toContain('set()');
  });

  test('slow-path ABI: eval(ctx) with the context functions', async () => {
    const b = new PolicyBuilder();
    planResult(b, { kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 9 });
    const policy = await loadPolicy(emitPolicyModule(b.build(), { runtime, ...HOST }));
    const ex = instanceExports(policy.wasmInstance);
    const json = new TextEncoder().encode('{"x":[1,2]}');
    const addr = ex.opa_malloc(json.length);
    new Uint8Array(policy.mem.buffer).set(json, addr);
    const input = ex.opa_json_parse(addr, json.length);
    const ctx = ex.opa_eval_ctx_new();
    ex.opa_eval_ctx_set_input(ctx, input);
    ex.opa_eval_ctx_set_data(ctx, policy.dataAddr);
    ex.opa_eval_ctx_set_entrypoint(ctx, 0);
    expect(ex.eval(ctx)).toBe(0);
    const out = new Uint8Array(policy.mem.buffer, ex.opa_json_dump(ex.opa_eval_ctx_get_result(ctx)));
    expect(JSON.parse(new TextDecoder().decode(out.subarray(0, out.indexOf(0))))).toEqual([{ result: [1, 2] }]);
  });
});

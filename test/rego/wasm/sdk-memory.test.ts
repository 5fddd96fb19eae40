// The SDK's own memory expectations (wasm-abi.md 1.10, from @open-policy-agent/opa-wasm's memory tests) for a
// module linked into build/runtime.wasm, plus the linker's expectations of the runtime it links into.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { emitPolicyModule, readModule } from '../../../src/rego/wasm';
import { HOST_IMPORTS, RUNTIME_FUNCTIONS } from '../../../src/rego/wasm/runtime-abi';
import { block, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { builtRuntime } from '../../support/wasm-runtime';

const runtime = builtRuntime();
const describeWithRuntime = runtime ? describe : describe.skip;

/** `result := count(input)`-like plan: the length of the input string. */
function lengthPolicy(): Uint8Array<ArrayBuffer> {
  const b = new PolicyBuilder();
  b.plan('len', block({ kind: 'LenStmt', source: loc(0), target: 2 }, ...resultOf(b, 2, 3)));
  return emitPolicyModule(b.build(), { runtime });
}

describeWithRuntime('what the linker expects from build/runtime.wasm', () => {
  const module = readModule(runtime ?? new Uint8Array());

  test('imports only env host functions and the memory, and every dispatcher the code generator calls', () => {
    const names = module.imports.map((i) => `${i.module}.${i.name}`);
    for (const n of names) expect(HOST_IMPORTS.map((h) => `env.${h}`)).toContain(n);
    for (const n of ['memory', 'opa_abort', 'opa_builtin0', 'opa_builtin1', 'opa_builtin2', 'opa_builtin3', 'opa_builtin4']) expect(names).toContain(`env.${n}`);
  });

  test('exports every RUNTIME_FUNCTIONS entry and no policy entry points', () => {
    const exported = new Set(module.exports.map((e) => e.name));
    for (const name of Object.keys(RUNTIME_FUNCTIONS)) expect(exported).toContain(name);
    for (const name of ['eval', 'opa_eval', 'builtins', 'entrypoints']) expect(exported).not.toContain(name);
  });

  test('its static data ends inside the second page, leaving the SDK memory layout intact', () => {
    const linked = readModule(lengthPolicy());
    const policyData = linked.data[linked.data.length - 1];
    expect(policyData.offset).toBeGreaterThanOrEqual(65536);
    expect(policyData.offset! + policyData.bytes.length).toBeLessThan(131070);
  });
});

describeWithRuntime('@open-policy-agent/opa-wasm memory tests', () => {
  const input = 'a'.repeat(131072);

  test('{initial: 2, maximum: 3}: the host cannot grow memory for the input', async () => {
    const policy = await loadPolicy(lengthPolicy(), { initial: 2, maximum: 3 });
    expect(() => policy.evaluate(input)).toThrow('WebAssembly.Memory.grow(): Maximum memory size exceeded');
  });

  test('{initial: 3, maximum: 4}: parsing the input exhausts the heap', async () => {
    const policy = await loadPolicy(lengthPolicy(), { initial: 3, maximum: 4 });
    // Escapes make the parser decode a copy (a plain string refers to its text in the input instead).
    expect(() => policy.evaluate('a\n'.repeat(43690))).toThrow('opa_malloc: failed');
  });

  test('{initial: 2, maximum: 8}: sixteen evaluations in a row do not leak', async () => {
    const policy = await loadPolicy(lengthPolicy(), { initial: 2, maximum: 8 });
    for (let i = 0; i < 16; i++) expect(policy.evaluate(input)).toEqual([{ result: 131072 }]);
  });
});

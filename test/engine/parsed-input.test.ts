// ParsedInput: one input parsed once in the module, many entrypoints evaluated over it from the same heap mark.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileRego, createHostImplementations } from '../../src/rego';
import { ParsedInput } from '../../src/engine/parsed-input';

const SOURCE = `package t
import rego.v1
names contains r.name if some r in input.resources
total := sum([r.size | some r in input.resources])
boom := x if { some r in input.resources; x := r.size }
`;

async function loaded() {
  const { wasm } = compileRego([{ path: 't.rego', source: SOURCE }], { entrypoints: ['t/names', 't/total', 't/boom'] });
  return loadPolicy(wasm, { initial: 2 }, createHostImplementations().builtins);
}

const input = { resources: [{ name: 'a', size: 2 }, { name: 'b', size: 3 }] };

describe('ParsedInput', () => {
  test('evaluates several entrypoints over one parse, as the SDK does one by one', async () => {
    const policy = await loaded();
    const parsed = new ParsedInput(policy, Buffer.from(JSON.stringify(input)));
    expect(parsed.evaluate('t/names')).toEqual(['a', 'b']);
    expect(parsed.evaluate('t/total')).toBe(5);
    expect(parsed.evaluate('t/names')).toEqual((policy.evaluate(input, 't/names') as { result: unknown }[])[0].result);
  });

  test('each evaluation starts from the heap mark after the input, so repeating one does not grow the heap', async () => {
    const policy = await loaded();
    const parsed = new ParsedInput(policy, Buffer.from(JSON.stringify(input)));
    const heapTop = (): number => (policy as unknown as { wasmInstance: { exports: { opa_heap_ptr_get(): number } } }).wasmInstance.exports.opa_heap_ptr_get();
    parsed.evaluate('t/total');
    const after = heapTop();
    for (let i = 0; i < 50; i++) parsed.evaluate('t/total');
    expect(heapTop()).toBe(after);
  });

  test('a conflict aborts that evaluation only', async () => {
    const policy = await loaded();
    const parsed = new ParsedInput(policy, Buffer.from(JSON.stringify(input)));
    expect(() => parsed.evaluate('t/boom')).toThrow(/complete rules must not produce multiple outputs/);
    expect(parsed.evaluate('t/total')).toBe(5);
  });

  test('input that is not JSON and unknown entrypoints are refused', async () => {
    const policy = await loaded();
    expect(() => new ParsedInput(policy, Buffer.from('{"resources": ['))).toThrow(/not valid JSON/);
    expect(() => new ParsedInput(policy, Buffer.from('{}')).evaluate('t/nope')).toThrow(/not in the module/);
  });
});

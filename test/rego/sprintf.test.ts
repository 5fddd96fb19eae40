// sprintf: the runtime formats %s/%v of strings, %d/%v of integers and %% itself; every other format goes to
// the host's sprintf (the SDK's, which covers widths, flags and precision but not every Go verb).
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileRego, createHostImplementations } from '../../src/rego';

async function sprintf(format: string, values: unknown[]): Promise<unknown> {
  const source = `package t\nout := sprintf(${JSON.stringify(format)}, input.values)\n`;
  const { wasm } = compileRego([{ path: 't.rego', source }], { entrypoints: ['t/out'] });
  const policy = await loadPolicy(wasm, undefined, createHostImplementations().builtins);
  return (policy.evaluate({ values }, 't/out') as { result?: unknown }[])[0]?.result;
}

describe('sprintf', () => {
  test.each([
    ['%s is %d years', ['Ann', 42], 'Ann is 42 years'],
    ['%v|%v|%v', ['x', -12, 0], 'x|-12|0'],
    ['100%% of %s', ['é€𝄞'], '100% of é€𝄞'],
    ['no verbs', [], 'no verbs'],
  ])('in the module: %j %j', async (format, values, want) => {
    expect(await sprintf(format, values)).toBe(want);
  });

  test.each([
    ['%5s|%-3d|', ['a', 7], '    a|7  |'],
    ['%.2f', [1.5], '1.50'],
  ])('on the host: %j %j', async (format, values, want) => {
    expect(await sprintf(format, values)).toBe(want);
  });

  test('numbers beyond int64 print their digits, as OPA formats big integers', async () => {
    const source = 'package t\nout := [sprintf("%s", [123456789123456789123]), sprintf("%d!", [-123456789123456789123]), sprintf("%d", [-9223372036854775808])]\n';
    const { wasm } = compileRego([{ path: 't.rego', source }], { entrypoints: ['t/out'] });
    const policy = await loadPolicy(wasm, undefined, createHostImplementations().builtins);
    expect((policy.evaluate({}, 't/out') as { result?: unknown }[])[0]?.result).toEqual(['123456789123456789123', '-123456789123456789123!', '-9223372036854775808']);
  });
});

// Every native built-in this area declares, table-driven through build/runtime.wasm (cases in builtin-cases.ts).
import { CASES_BY_FAMILY } from './builtin-cases';
import { Runtime, builtinExportName } from './harness';

describe.each(CASES_BY_FAMILY)('%s', (_family, cases) => {
  const rt = new Runtime();
  test.each(cases)('%s(%j) = %s', (fn, args, expected) => {
    expect(rt.call(builtinExportName(fn), ...args)).toBe(expected);
  });
});

// Every native built-in this area declares, table-driven through build/runtime.wasm (cases in builtin-cases.ts).
import { CASES_BY_FAMILY } from './builtin-cases';
import { Runtime, builtinExportName } from './harness';

describe.each(CASES_BY_FAMILY)('%s', (_family, cases) => {
  const rt = new Runtime();
  test.each(cases)('%s(%j) = %s', (fn, args, expected) => {
    expect(rt.call(builtinExportName(fn), ...args)).toBe(expected);
  });
});

test('count of a string with invalid UTF-8 counts each invalid byte as one rune, as Go does', () => {
  const rt = new Runtime();
  // The bytes of OPA's conformance case aggregates/count with invalid utf-8 chars.
  const bytes = Buffer.from('2E84ZuPUd7zfvCZSNEchVpDEIj6PL7JfLpIqyxVG16k=', 'base64');
  const s = rt.exports.opa_string(...rt.writeBytes(bytes));
  expect(rt.show(rt.exports.builtin_count(s))).toBe(String([...bytes.toString('utf8')].length));
  expect(rt.show(rt.exports.builtin_count(s))).toBe('30');
});

// OPA's path conflict check, run when the base documents are known at compile time (as `opa eval -d` and
// `opa test` know them): a rule may not define a document the base data holds, nor one below a base value that is
// not an object; rules beside or below base objects are allowed (they merge at run time).
import { compileRego } from '../../src/rego';
import { PlangateError } from '../../src/diagnostics';

function compileWith(baseData: unknown, source: string): string {
  try {
    compileRego([{ path: 'p.rego', source }], { entrypoints: [], baseData });
    return 'ok';
  } catch (err) {
    if (err instanceof PlangateError) return err.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    throw err;
  }
}

describe('rules against base documents known at compile time', () => {
  test.each([
    ['a rule at a base document', { a: { b: 1 } }, 'package a\nb := 2\n', 'rego_compile_error: conflicting rule for data path a/b found'],
    ['a rule below a base scalar', { a: 1 }, 'package a\nb := 2\n', 'rego_compile_error: conflicting rule for data path a/b found'],
    ['a rule at an empty base object', { a: { b: {} } }, 'package a\nb := 2\n', 'rego_compile_error: conflicting rule for data path a/b found'],
    ['a rule beside a base document', { a: { c: 1 } }, 'package a\nb := 2\n', 'ok'],
    ['a rule below a base object', { a: { b: { x: 1 } } }, 'package a.b\ny := 2\n', 'ok'],
    ['no base data', undefined, 'package a\nb := 2\n', 'ok'],
  ])('%s', (_name, data, source, want) => {
    expect(compileWith(data, source)).toBe(want);
  });
});

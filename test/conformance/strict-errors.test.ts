// strict_error cases end to end: the harness compiles them with strictBuiltinErrors, the generated eval switches
// the runtime to strict mode, and a failing built-in aborts with OPA's class token and its call location.
import { createHostImplementations } from '../../src/rego';
import type { ConformanceCase } from './cases';
import { runCase } from './harness';
import { compileWithPlangate } from './run';

const MODULE = 'package test\n\np := x if {\n\tx := 1 / input.d\n}\n';

function divCase(fields: Partial<ConformanceCase>): ConformanceCase {
  return { note: 'strict/div', modules: [MODULE], query: 'data.test.p = x', input: { d: 0 }, file: 'strict.yaml', tier: 'core', ...fields };
}

describe('strict built-in errors through the harness', () => {
  const host = createHostImplementations().builtins;

  test('a strict case gets the error with its location', async () => {
    const c = divCase({ strict_error: true, want_error_code: 'eval_builtin_error', want_error: 'test-0.rego:4: eval_builtin_error: div: divide by zero' });
    expect(await runCase(c, compileWithPlangate, host)).toEqual({ status: 'pass' });
  });

  test('without strict_error the same expression is undefined', async () => {
    expect(await runCase(divCase({ want_result: [] }), compileWithPlangate, host)).toEqual({ status: 'pass' });
    const wantsError = divCase({ want_error_code: 'eval_builtin_error' });
    expect((await runCase(wantsError, compileWithPlangate, host)).status).toBe('fail');
  });

  test('strict mode leaves successful calls alone', async () => {
    const c = divCase({ strict_error: true, input: { d: 4 }, want_result: [{ x: 0.25 }] });
    expect(await runCase(c, compileWithPlangate, host)).toEqual({ status: 'pass' });
  });
});

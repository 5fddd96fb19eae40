// The stage runner: stages run in STAGES order with one metrics entry each, stopAfter and skip are
// honoured, and the run stops after the first stage that reported errors.
import { compileModules, STAGES } from '../../../src/rego/compiler';
import { parseModule } from '../../../src/rego/parser';
import { testBuiltinLookup } from '../../support/ir-builtins';

const GOOD = parseModule('good.rego', 'package test\n\np := x if { x := 1 }\n');
const UNSAFE_AND_RECURSIVE = parseModule('bad.rego', 'package test\n\np if { q; y > 1 }\n\nq if p\n');

describe('compiler stage runner', () => {
  test('runs every stage in order when nothing fails', () => {
    const { metrics, diagnostics } = compileModules([GOOD], { builtins: testBuiltinLookup });
    expect(diagnostics).toEqual([]);
    expect(metrics.map((m) => m.name)).toEqual(STAGES.map((s) => s.name));
  });

  test('stopAfter ends the run after the named stage', () => {
    const { metrics } = compileModules([GOOD], { builtins: testBuiltinLookup, stopAfter: 'RewriteLocalVars' });
    expect(metrics.map((m) => m.name).at(-1)).toBe('RewriteLocalVars');
  });

  test('skipped stages do not run', () => {
    const { metrics } = compileModules([GOOD], { builtins: testBuiltinLookup, skip: ['CheckRecursion', 'CheckTypes'] });
    expect(metrics.map((m) => m.name)).not.toContain('CheckRecursion');
    expect(metrics.map((m) => m.name)).not.toContain('CheckTypes');
  });

  test('stops after the first stage with errors', () => {
    const { metrics, diagnostics } = compileModules([UNSAFE_AND_RECURSIVE], { builtins: testBuiltinLookup });
    expect(diagnostics.map((d) => d.code)).toEqual(['rego_unsafe_var_error']);
    expect(metrics.map((m) => m.name).at(-1)).toBe('CheckSafetyRuleBodies');
  });

  test('a later stage reports once the earlier one is skipped', () => {
    const { diagnostics } = compileModules([UNSAFE_AND_RECURSIVE], { builtins: testBuiltinLookup, skip: ['CheckSafetyRuleBodies'] });
    expect(diagnostics.map((d) => d.code)).toEqual(['rego_recursion_error', 'rego_recursion_error']);
  });

  test('local var rewriting gives declared vars unique names', () => {
    const { program } = compileModules([GOOD], { builtins: testBuiltinLookup });
    const rule = program.modules[0].rules[0];
    expect(rule.head.value).toMatchObject({ kind: 'Var', name: expect.stringMatching(/^__local\d+__$/) });
  });
});

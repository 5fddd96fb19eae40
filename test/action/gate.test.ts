// The gate: which failures block, fail-on-new-only relaxing a failing verdict, and the exit code like the CLI's.
import { decideGate } from '../../src/action/gate';
import { diagnostic } from '../../src/diagnostics';
import type { BaselineMark, ReportModel, Result, Severity, Verdict } from '../../src/report';

function result(severity: Severity, baseline?: BaselineMark, extra: Partial<Result> = {}): Result {
  return { ruleId: `r-${severity}`, status: 'fail', severity, resource: { address: `a.${severity}`, type: 't' }, message: 'm', ...(baseline ? { baseline } : {}), ...extra };
}

function report(verdict: Verdict, results: Result[], failOn: Severity = 'low', withBaseline = false): ReportModel {
  return {
    verdict,
    results,
    run: { failOn, runtime: { node: '20', os: 'linux', arch: 'x64' } },
    ...(withBaseline ? { baseline: { generatedAt: 'x', counts: { new: 0, unchanged: 0, fixed: 2 }, absent: [] } } : {}),
  } as ReportModel;
}

const cases: { name: string; model: ReportModel; newOnly: boolean; verdict: Verdict; exit: number; blocking: number }[] = [
  { name: 'failures block by default', model: report('fail', [result('high'), result('low')]), newOnly: false, verdict: 'fail', exit: 1, blocking: 2 },
  { name: 'failures below fail-on do not block', model: report('fail', [result('high'), result('low')], 'high'), newOnly: false, verdict: 'fail', exit: 1, blocking: 1 },
  { name: 'advisory failures do not block', model: report('pass', [result('critical', undefined, { enforcement: 'advisory' })]), newOnly: false, verdict: 'pass', exit: 0, blocking: 0 },
  { name: 'fail-on-new-only forgives inherited failures', model: report('fail', [result('high', 'unchanged')], 'low', true), newOnly: true, verdict: 'pass', exit: 0, blocking: 0 },
  { name: 'fail-on-new-only still fails on a new failure', model: report('fail', [result('high', 'unchanged'), result('medium', 'new')], 'low', true), newOnly: true, verdict: 'fail', exit: 1, blocking: 1 },
  { name: 'fail-on-new-only ignores a new failure below fail-on', model: report('fail', [result('high', 'unchanged'), result('low', 'new')], 'medium', true), newOnly: true, verdict: 'pass', exit: 0, blocking: 0 },
  { name: 'without a baseline every failure is new', model: report('fail', [result('high')]), newOnly: true, verdict: 'fail', exit: 1, blocking: 1 },
  { name: 'an error verdict is never forgiven', model: report('error', [result('high', 'unchanged', { status: 'error' })], 'low', true), newOnly: true, verdict: 'error', exit: 4, blocking: 1 },
];

describe('decideGate', () => {
  test.each(cases)('$name', ({ model, newOnly, verdict, exit, blocking }) => {
    const gate = decideGate(model, [], { failOnNewOnly: newOnly, failOnUnknown: false });
    expect({ verdict: gate.verdict, exit: gate.exitCode, blocking: gate.blocking }).toEqual({ verdict, exit, blocking });
  });

  test('counts introduced, inherited and fixed failures', () => {
    const gate = decideGate(report('fail', [result('high', 'new'), result('low', 'unchanged'), result('medium', 'unchanged')], 'low', true), [], { failOnNewOnly: false, failOnUnknown: false });
    expect(gate).toMatchObject({ introduced: 1, inherited: 2, fixed: 2, forgaveInherited: false });
  });

  test('an unreadable input raises the exit code as the CLI does', () => {
    const gate = decideGate(report('pass', []), [diagnostic('input_error', 'bad', { file: 'x.json' })], { failOnNewOnly: false, failOnUnknown: false });
    expect(gate.exitCode).toBe(3);
  });
});

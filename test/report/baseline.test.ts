// applyBaseline: new, unchanged and fixed marks (fixed = failing before, passing or absent now).
import { applyBaseline, type ReportModel, type Result } from '../../src/report';
import { baselineModel, demoModel } from './report-fixtures';

function model(results: Result[]): ReportModel {
  return { ...demoModel(), results };
}

function result(ruleId: string, address: string, status: Result['status']): Result {
  return { ruleId, status, severity: 'high', resource: { address, type: 't' }, message: `${ruleId} ${address} ${status}` };
}

test.each([
  ['fail → fail', 'fail', 'fail', 'unchanged'],
  ['pass → fail', 'pass', 'fail', 'new'],
  ['absent → fail', undefined, 'fail', 'new'],
  ['fail → pass', 'fail', 'pass', 'fixed'],
  ['error → pass', 'error', 'pass', 'fixed'],
  ['fail → waived', 'fail', 'waived', 'fixed'],
  ['pass → pass', 'pass', 'pass', 'unchanged'],
  ['absent → pass', undefined, 'pass', 'new'],
  ['fail → error', 'fail', 'error', 'unchanged'],
] as const)('%s is %s', (_name, before, now, mark) => {
  const baseline = model(before ? [result('R1', 'a', before)] : []);
  const marked = applyBaseline(model([result('R1', 'a', now)]), baseline);
  expect(marked.results[0].baseline).toBe(mark);
});

test('a failure whose resource is gone is fixed and kept in baseline.absent', () => {
  const marked = applyBaseline(model([result('R1', 'a', 'fail')]), model([result('R1', 'a', 'fail'), result('R1', 'gone', 'fail'), result('R2', 'gone', 'pass')]));
  expect(marked.baseline!.absent.map((r) => [r.resource.address, r.baseline])).toEqual([['gone', 'fixed']]);
  expect(marked.baseline!.counts).toEqual({ new: 0, unchanged: 1, fixed: 1 });
});

test('identity is rule and resource, not line or message', () => {
  const before = result('R1', 'a', 'fail');
  const now = { ...before, message: 'new words', resource: { ...before.resource, line: 99 } };
  expect(applyBaseline(model([now]), model([before])).results[0].baseline).toBe('unchanged');
});

test('the demo against its baseline: one new, two fixed', () => {
  const marked = applyBaseline(demoModel(), baselineModel());
  expect(marked.baseline).toMatchObject({ generatedAt: '2026-11-14T20:00:00Z', counts: { new: 1, fixed: 2, unchanged: 12 } });
  expect(marked.baseline!.digest).toMatch(/^[0-9a-f]{64}$/);
  expect(marked.results.filter((r) => r.baseline === 'new' && r.status === 'fail').map((r) => r.ruleId)).toEqual(['PG_WKL_002']);
});

test('does not modify its arguments', () => {
  const current = demoModel();
  const copy = JSON.stringify(current);
  applyBaseline(current, baselineModel());
  expect(JSON.stringify(current)).toBe(copy);
});

// report.json in pieces: the concatenation equals the one-string form, JSON.stringify of the ordered model.
import { jsonRenderer, jsonReportPieces, orderReportFields } from '../../src/report/json';
import type { ReportModel, Result } from '../../src/report';
import { demoModel } from './report-fixtures';

const whole = (model: ReportModel): string => JSON.stringify(orderReportFields(model), null, 2) + '\n';

function manyResults(count: number): Result[] {
  return Array.from({ length: count }, (_, i) => ({
    ruleId: `rule-${i % 13}`,
    status: i % 5 === 0 ? 'fail' : 'pass',
    severity: 'high',
    resource: { address: `aws_s3_bucket.b["ü😀\\n${i}"]`, type: 'aws_s3_bucket', file: 'plan.json', ...(i % 3 === 0 ? { line: i } : {}) },
    message: i % 2 ? 'line one\nline two' : 'ok',
    ...(i % 7 === 0 ? { waiver: { reason: 'r', approvedBy: 'a', expires: '2030-01-01' } } : {}),
  }));
}

describe('jsonReportPieces', () => {
  test.each([
    ['the demo model', demoModel()],
    ['results over several pieces', { ...demoModel(), results: manyResults(2501) }],
    ['exactly one piece of results', { ...demoModel(), results: manyResults(1000) }],
    ['one more than a piece', { ...demoModel(), results: manyResults(1001) }],
    ['no results', { ...demoModel(), results: [] }],
    ['long policies and inputs arrays too', { ...demoModel(), inputs: Array.from({ length: 1500 }, (_, i) => ({ path: `p${i}`, type: 'kubernetes' as const, sha256: 'x', resources: i })) }],
    ['an empty model', {} as ReportModel],
  ])('%s', (_name, model) => {
    expect([...jsonReportPieces(model)].join('')).toBe(whole(model));
    expect(jsonRenderer.render(model)).toBe(whole(model));
  });

  test('a large report comes in many pieces', () => {
    expect([...jsonReportPieces({ ...demoModel(), results: manyResults(5000) })].length).toBeGreaterThan(5);
  });
});

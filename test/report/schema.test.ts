// schemas/report.schema.json: accepts what plangate writes, rejects what the contract forbids.
import { checkReportSchema, RENDERERS, sealReport, type ReportModel } from '../../src/report';
import { demoModel, expectValidReport } from './report-fixtures';

type Mutable = ReportModel & Record<string, unknown>;

function sealedJson(): Mutable {
  return JSON.parse(RENDERERS.find((r) => r.name === 'json')!.render(sealReport(demoModel())).toString()) as Mutable;
}

test('a sealed demo report is valid', () => {
  expectValidReport(sealedJson());
  expect(checkReportSchema(sealedJson(), 'report.json')).toEqual([]);
});

test.each([
  ['an unknown status', (m: Mutable) => ((m.results[0] as { status: string }).status = 'maybe'), '/results/0/status'],
  ['a waived result without its waiver', (m: Mutable) => delete m.results.find((r) => r.status === 'waived')!.waiver, '/results/'],
  ['a bad severity', (m: Mutable) => ((m.policies[0] as { severity: string }).severity = 'severe'), '/policies/0/severity'],
  ['a short sha256', (m: Mutable) => (m.inputs[0].sha256 = 'abc'), '/inputs/0/sha256'],
  ['a line 0', (m: Mutable) => (m.results[0].resource.line = 0), '/results/0/resource/line'],
  ['a waiver expiry that is not a date', (m: Mutable) => (m.results.find((r) => r.waiver)!.waiver!.expires = 'soon'), '/waiver/expires'],
  ['a missing digest', (m: Mutable) => delete m.digest, '/'],
  ['an unknown top-level field', (m: Mutable) => (m.surprise = true), '/'],
  ['a timestamp with milliseconds', (m: Mutable) => (m.generatedAt = '2026-11-21T20:00:00.000Z'), '/generatedAt'],
])('rejects %s', (_name, mutate, path) => {
  const report = sealedJson();
  mutate(report);
  const problems = checkReportSchema(report, 'report.json');
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.some((d) => d.jsonPath?.includes(path) || d.message.includes(path))).toBe(true);
  expect(problems[0]).toMatchObject({ code: 'input_error', location: { file: 'report.json' } });
});

// Shared by the report tests: the fixture models, a sealed demo report and schema validation with ajv.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel, Result } from '../../src/report';
import { sealReport } from '../../src/report';

export const ROOT = join(__dirname, '..', '..');
export const GOLDEN_DIR = join(__dirname, 'golden');

/** The demo model (fixtures/reports/demo-model.json), a fresh copy each call. */
export function demoModel(): ReportModel {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', 'reports', 'demo-model.json'), 'utf8')) as ReportModel;
}

/** The earlier report the baseline tests compare with. */
export function baselineModel(): ReportModel {
  return sealReport(JSON.parse(readFileSync(join(ROOT, 'fixtures', 'reports', 'baseline-model.json'), 'utf8')) as ReportModel);
}

const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);

/** Asserts that a parsed report.json fits schemas/report.schema.json. */
export function expectValidReport(value: unknown): void {
  const ok = validateReport(value);
  expect(ok ? [] : validateReport.errors).toEqual([]);
}

/** A small failing result for generated models. */
export function makeResult(i: number, status: Result['status'] = 'fail'): Result {
  return {
    ruleId: `PG_GEN_${String(i % 7).padStart(3, '0')}`,
    status,
    severity: (['low', 'medium', 'high', 'critical'] as const)[i % 4],
    resource: { address: `aws_s3_bucket.b${i}`, type: 'aws_s3_bucket', file: `plans/p${i % 13}.json`, line: (i % 400) + 1 },
    message: `Bucket b${i} | check ${i} failed <b>${i}</b> \`x\``,
    ...(status === 'waived' ? { waiver: { reason: 'accepted risk', approvedBy: 'sec@example.com', expires: '2027-01-01' } } : {}),
  };
}

/** A model with `count` generated results (statuses cycling) over seven rules. */
export function generatedModel(count: number): ReportModel {
  const statuses: Result['status'][] = ['fail', 'pass', 'pass', 'waived', 'unknown', 'pass', 'error'];
  const results = Array.from({ length: count }, (_, i) => makeResult(i, statuses[i % statuses.length]));
  const base = demoModel();
  const policies = Array.from({ length: 7 }, (_, i) => ({
    ...base.policies[i],
    id: `PG_GEN_${String(i).padStart(3, '0')}`,
  }));
  const tally = (s: Result['status']): number => results.filter((r) => r.status === s).length;
  return {
    ...base,
    policies,
    results,
    summary: { resources: count, rules: 7, passed: tally('pass'), failed: tally('fail'), waived: tally('waived'), errors: tally('error'), unknown: tally('unknown') },
    staleWaivers: undefined,
    overrides: undefined,
  };
}

// mergeReports: exact counts and compliance matrix across reports, failures kept, evidence capped and said so,
// altered reports refused, and 10,000 reports merged with a bounded heap.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complianceMatrix, mergeReports, RENDERERS, sealReport, type ReportModel, type Result } from '../../src/report';
import { demoModel, expectValidReport } from './report-fixtures';

const json = RENDERERS.find((r) => r.name === 'json')!;
const OPTIONS = { generatedAt: '2026-11-21T20:00:00Z', toolVersion: '0.1.0' };

const base = demoModel();
const policies = base.policies.filter((p) => p.id === 'PG_ENC_001' || p.id === 'PG_WKL_001');

/** A small report of one repository: two failures, three passes and a waiver over two rules. */
function smallReport(i: number): ReportModel {
  const r = (ruleId: string, status: Result['status'], n: number): Result => ({
    ruleId,
    status,
    severity: 'high',
    resource: { address: `aws_s3_bucket.r${n}`, type: 'aws_s3_bucket', file: 'plan.json', line: n + 1 },
    message: `repo ${i} resource ${n} ${status}`,
    ...(status === 'waived' ? { waiver: { reason: 'accepted', approvedBy: 'sec@example.com', expires: '2027-01-01' } } : {}),
  });
  const results = [r('PG_ENC_001', 'fail', 0), r('PG_ENC_001', 'pass', 1), r('PG_ENC_001', 'pass', 2), r('PG_WKL_001', 'fail', 3), r('PG_WKL_001', 'pass', 4), r('PG_WKL_001', 'waived', 5)];
  return sealReport({
    ...base,
    generatedAt: '2026-11-20T10:00:00Z',
    verdict: 'fail',
    inputs: [{ path: 'plan.json', type: 'terraform-plan', sha256: 'a'.repeat(64), resources: 6 }],
    policies,
    results,
    summary: { resources: 6, rules: 2, passed: 3, failed: 2, waived: 1, errors: 0, unknown: 0 },
    run: undefined,
    staleWaivers: undefined,
    overrides: undefined,
  });
}

function writeReportsTo(dir: string, count: number, make: (i: number) => ReportModel = smallReport): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `r${String(i).padStart(5, '0')}.json`);
    writeFileSync(path, json.render(make(i)));
    return path;
  });
}

test('merging the demo report with itself doubles every count and keeps the matrix exact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-merge-'));
  const demo = sealReport(demoModel());
  const paths = writeReportsTo(dir, 2, () => demo);
  const merged = await mergeReports(paths, OPTIONS);
  expect(merged.summary).toEqual({ ...demo.summary, resources: 24, passed: 28, failed: 24, waived: 6, errors: 2, unknown: 4 });
  expect(merged.results).toHaveLength(64);
  expect(new Set(merged.results.map((r) => r.source))).toEqual(new Set(paths));
  const single = complianceMatrix(demo);
  expect(merged.compliance!.map((row) => row.counts.fail)).toEqual(single.map((row) => row.counts.fail * 2));
  expect(merged.verdict).toBe('fail');
  expectValidReport(JSON.parse(json.render(sealReport(merged)).toString()));
});

test('an altered report is refused, naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-merge-'));
  const [good, bad] = writeReportsTo(dir, 2);
  const tampered = smallReport(1);
  tampered.results[0].status = 'pass';
  writeFileSync(bad, json.render(tampered));
  await expect(mergeReports([good, bad], OPTIONS)).rejects.toThrow(`${bad}: input_error: refusing to merge an altered report`);
  await expect(mergeReports([good, bad], { ...OPTIONS, verify: false })).resolves.toMatchObject({ merge: { reports: 2 } });
});

test('a file that is not a report is an input error naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-merge-'));
  const path = join(dir, 'x.json');
  writeFileSync(path, '{"hello": 1}');
  await expect(mergeReports([path], OPTIONS)).rejects.toThrow(`${path}: input_error: not a plangate report`);
});

test('10,000 reports merge with a bounded heap; failures kept, passes capped and counted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-merge-10k-'));
  const paths = writeReportsTo(dir, 10000);
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 20);
  const started = performance.now();
  const merged = await mergeReports(paths, { ...OPTIONS, passLimit: 1000, sourceLimit: 1000 });
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  expect(merged.summary).toEqual({ resources: 60000, rules: 2, passed: 30000, failed: 20000, waived: 10000, errors: 0, unknown: 0 });
  expect(merged.results.filter((r) => r.status === 'fail')).toHaveLength(20000);
  expect(merged.merge).toMatchObject({ reports: 10000, sourcesOmitted: 9000, inputsOmitted: 9000, passesKept: 1000, passesOmitted: 29000 });
  expect(merged.merge!.sources).toHaveLength(1000);
  const enc = merged.compliance!.find((row) => row.framework === 'GDPR' && row.control === 'Art.32')!;
  expect(enc.counts).toEqual({ pass: 20000, fail: 10000, waived: 0, unknown: 0, error: 0 });
  const growth = (peak - before) / 1024 / 1024;
  process.stdout.write(`merge of 10,000 reports: ${Math.round(ms)} ms, heap growth peak ${growth.toFixed(1)} MB\n`);
  expect(growth).toBeLessThan(300);
  const markdown = RENDERERS.find((r) => r.name === 'markdown')!.render(sealReport(merged)).toString();
  expect(markdown).toContain('29000 passing results of merged reports are counted but not listed');
}, 180000);

test('what merged reports did not check stays in the merge: problems, uncovered types, judged counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-merge-gaps-'));
  const withGaps = (i: number): ReportModel => {
    const report = smallReport(i);
    return sealReport({
      ...report,
      verdict: 'error',
      summary: { ...report.summary, resources: 8, judged: 6 },
      problems: [{ code: 'input_error', message: 'invalid JSON', file: 'broken.plan.json', line: 1 }],
      uncovered: [{ type: 'random_id', resources: 2, addresses: ['random_id.a', 'random_id.b'] }],
      inputs: [...report.inputs, { path: 'broken.plan.json', resources: 0, status: 'error' }],
    });
  };
  const paths = writeReportsTo(dir, 2, withGaps);
  const merged = await mergeReports(paths, OPTIONS);
  expect(merged.verdict).toBe('error');
  expect(merged.summary.judged).toBe(12);
  expect(merged.problems).toEqual(paths.map((p) => ({ code: 'input_error', message: 'invalid JSON', file: `${p}: broken.plan.json`, line: 1 })));
  expect(merged.uncovered).toEqual([{ type: 'random_id', resources: 4, addresses: paths.flatMap((p) => [`${p}: random_id.a`, `${p}: random_id.b`]) }]);
  expectValidReport(sealReport(merged));
});

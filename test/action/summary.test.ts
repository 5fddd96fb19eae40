// The summary the check run, job summary and comment share: gate lines first, the whole within the given limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSummary, checkTitle } from '../../src/action/summary';
import type { GateDecision } from '../../src/action/gate';
import type { ReportModel, Result } from '../../src/report';
import { REPO_ROOT } from './action-process';

const demo = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'reports', 'demo-model.json'), 'utf8')) as ReportModel;
const gate: GateDecision = { verdict: 'fail', exitCode: 1, blocking: 3000, introduced: 3000, inherited: 0, fixed: 0, forgaveInherited: false };

function huge(): ReportModel {
  const results: Result[] = Array.from({ length: 3000 }, (_, i) => ({
    ruleId: `rule-${i % 40}`, status: 'fail', severity: 'high', message: `resource ${i} breaks the rule in a long and detailed way`.repeat(3),
    resource: { address: `aws_s3_bucket.b${i}`, type: 'aws_s3_bucket', file: 'plan.json', line: i + 1 },
  }));
  return { ...demo, verdict: 'fail', results, summary: { ...demo.summary, failed: results.length } };
}

describe('composeSummary', () => {
  test.each([65535, 65536 - 40, 20000])('stays within %i characters for 3,000 failures', (limit) => {
    const text = composeSummary(huge(), gate, ['No check run was created: HTTP 403.'], limit);
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(text.startsWith('**Gate: ❌ fail** · 3000 blocking failures')).toBe(true);
    expect(text).toContain('> No check run was created: HTTP 403.');
    expect(text).toMatch(/not shown: this summary is capped/);
  });

  test('titles a passing run by its counts', () => {
    const passing = { ...demo, verdict: 'pass' as const, summary: { ...demo.summary, failed: 0, errors: 0 } };
    expect(checkTitle(passing, { ...gate, verdict: 'pass', blocking: 0 })).toBe(`All ${demo.summary.passed} results pass (${demo.summary.resources} resources, ${demo.summary.rules} rules)`);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, readReportJson, runPlangate, TEST_RULES } from './run-cli';

// Runs use SOURCE_DATE_EPOCH=1790000000 (2026-09-21): waivers expiring 2027-01-31 are active, 2026-01-31 expired.
const waiver = (resource: string, expires: string, extra = ''): string => `  - rule: test-no-privileged
    resource: "${resource}"
    reason: "Node agent needs host access; tracked in SEC-9"
    approvedBy: "security@example.com"
    expires: ${expires}
${extra}`;

function checkWith(config: string, extraArgs: string[] = []): { code: number | null; stdout: string; stderr: string; dir: string } {
  const dir = fixtureCopy();
  writeFileSync(join(dir, 'plangate.yaml'), config);
  return { ...runPlangate(['check', 'k8s', ...TEST_RULES, ...extraArgs], dir), dir };
}

describe('waivers through plangate check', () => {
  test('active: the failure is waived, the report shows every field and the run passes', () => {
    const run = checkWith(`waivers:\n${waiver('Deployment/shop/w*', '2027-01-31', '    ticket: SEC-9\n')}`);
    expect(run.code).toBe(0);
    const result = readReportJson(run.dir).results.find((r) => r.ruleId === 'test-no-privileged' && r.resource.address === 'Deployment/shop/web');
    expect(result?.status).toBe('waived');
    expect(result?.waiver).toEqual({ rule: 'test-no-privileged', resource: 'Deployment/shop/w*', reason: 'Node agent needs host access; tracked in SEC-9', approvedBy: 'security@example.com', expires: '2027-01-31', ticket: 'SEC-9' });
    expect(readReportJson(run.dir).summary.waived).toBe(1);
    expect(readReportJson(run.dir).staleWaivers).toEqual([]);
  });

  test('expired: the failure stands and says when the waiver expired', () => {
    const run = checkWith(`waivers:\n${waiver('Deployment/shop/web', '2026-01-31')}`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('waiver expired on 2026-01-31');
    const result = readReportJson(run.dir).results.find((r) => r.ruleId === 'test-no-privileged' && r.resource.address === 'Deployment/shop/web');
    expect(result?.status).toBe('fail');
    expect(result?.message).toBe('Deployment/shop/web: container web runs privileged (waiver expired on 2026-01-31)');
    expect(result?.waiver?.expires).toBe('2026-01-31');
  });

  test.each([
    ['reason', 'missing required key "reason"'],
    ['approvedBy', 'missing required key "approvedBy"'],
    ['expires', 'missing required key "expires"'],
  ])('incomplete (no %s): a configuration error with file and line, exit 2', (key, message) => {
    const lines = waiver('Deployment/shop/web', '2027-01-31').split('\n').filter((l) => !l.trim().startsWith(`${key}:`)).join('\n');
    const run = checkWith(`failOn: low\nwaivers:\n${lines}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plangate.yaml:3:5: config_error: waivers[0]: ${message} (at /waivers/0)\n`);
  });

  test('stale: a waiver that matches nothing is reported, and the run still passes', () => {
    const run = checkWith(`waivers:\n${waiver('Deployment/other/*', '2027-01-31')}`, ['--fail-on', 'critical']);
    expect(run.code).toBe(0);
    expect(readReportJson(run.dir).staleWaivers).toEqual([
      { rule: 'test-no-privileged', resource: 'Deployment/other/*', reason: 'Node agent needs host access; tracked in SEC-9', approvedBy: 'security@example.com', expires: '2027-01-31', why: 'unmatched' },
    ]);
  });

  test('--waivers FILE adds the waivers of a separate file', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'waivers.yaml'), `waivers:\n${waiver('Deployment/shop/web', '2027-01-31')}`);
    expect(runPlangate(['check', 'k8s', ...TEST_RULES], dir).code).toBe(1);
    expect(runPlangate(['check', 'k8s', ...TEST_RULES, '--waivers', 'waivers.yaml'], dir).code).toBe(0);
    expect(readReportJson(dir).results.filter((r) => r.status === 'waived')).toHaveLength(1);
    writeFileSync(join(dir, 'bad-waivers.yaml'), `waivers:\n${waiver('Deployment/shop/web', 'soon')}`);
    const bad = runPlangate(['check', 'k8s', ...TEST_RULES, '--waivers', 'bad-waivers.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad-waivers\.yaml:6:14: config_error: waivers\[0\]\.expires: must be a date YYYY-MM-DD/);
  });
});

describe('enforcement levels through plangate check', () => {
  test.each([
    ['advisory (by rule)', 'test-no-privileged: advisory', 0, 0],
    ['advisory (by category)', 'workload-security: advisory', 0, 0],
    ['soft-mandatory', 'test-no-privileged: soft-mandatory', 1, 0],
    ['mandatory', 'test-no-privileged: mandatory', 1, 1],
    ['rule wins over category', 'workload-security: advisory, test-no-privileged: mandatory', 1, 1],
  ])('%s (%s): exit %i without --override, %i with it', (_name, levels, plain, overridden) => {
    const config = `enforcement: { ${levels} }\n`;
    const run = checkWith(config);
    expect(run.code).toBe(plain);
    const failure = readReportJson(run.dir).results.find((r) => r.ruleId === 'test-no-privileged' && r.status === 'fail');
    expect(failure).toBeDefined();
    expect(readReportJson(run.dir).run?.override).toBeUndefined();
    expect(checkWith(config, ['--override']).code).toBe(overridden);
  });

  test('--override is recorded in the report, with the rules whose failures it let pass', () => {
    const run = checkWith('enforcement: { test-no-privileged: soft-mandatory, sizing: advisory }\n', ['--override']);
    expect(run.code).toBe(0);
    const report = readReportJson(run.dir);
    expect(report.verdict).toBe('pass');
    expect(report.run?.override).toBe(true);
    expect(report.overrides).toEqual(expect.arrayContaining([
      { rule: 'test-no-privileged', field: 'enforcement', from: 'mandatory', to: 'soft-mandatory' },
      { rule: 'test-max-replicas', field: 'enforcement', from: 'mandatory', to: 'advisory' },
      { rule: 'test-no-privileged', field: 'enforcement', from: 'soft-mandatory', to: 'overridden' },
    ]));
    expect(report.results.find((r) => r.ruleId === 'test-no-privileged' && r.status === 'fail')?.enforcement).toBe('soft-mandatory');
  });

  test('an unknown enforcement level is a configuration error', () => {
    const run = checkWith('enforcement:\n  test-no-privileged: optional\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plangate\.yaml:2:23: config_error: enforcement\.test-no-privileged: must be one of advisory, soft-mandatory, mandatory/);
  });
});

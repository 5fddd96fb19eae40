// A gate never claims more than it checked: what could not be read or run, what no rule judged, and a run that
// judged nothing are in every report format, and a run that judged nothing is never a plain pass.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, readReportJson, REPO_ROOT, runPlangate } from './run-cli';

const GAPS = join(REPO_ROOT, 'fixtures', 'gaps');
const ALL_FORMATS = ['-f', 'text,json,html,sarif,junit,markdown', '-o', 'out'];

function workDir(files: Record<string, string>): string {
  const dir = fixtureCopy();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const gapPlan = (name: string): string => readFileSync(join(GAPS, name), 'utf8');

describe('an input that cannot be read is a problem in every format', () => {
  const dir = workDir({ 'infra/good.plan.json': gapPlan('drift-without-address.plan.json'), 'infra/broken.plan.json': '{"format_version": "1.2", "resource_changes": [' });
  const run = runPlangate(['check', 'infra', ...ALL_FORMATS], dir);
  const out = (name: string): string => readFileSync(join(dir, 'out', name), 'utf8');

  test('exit 3, verdict error, problems and inputs[].status in report.json', () => {
    expect(run.code).toBe(3);
    const report = readReportJson(dir);
    expect(report.verdict).toBe('error');
    expect(report.problems).toEqual([expect.objectContaining({ code: 'input_error', file: 'infra/broken.plan.json', line: 1 })]);
    expect(report.problems![0].message).toContain('invalid JSON');
    expect(report.inputs).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'infra/good.plan.json', status: 'read' }),
      { path: 'infra/broken.plan.json', resources: 0, status: 'error' },
    ]));
  });

  test('HTML: a "Not checked" section right after the verdict', () => {
    const html = out('report.html');
    expect(html.indexOf('id="not-checked"')).toBeGreaterThan(html.indexOf('class="verdict error"'));
    expect(html.indexOf('id="not-checked"')).toBeLessThan(html.indexOf('id="summary"'));
    expect(html).toContain('invalid JSON');
  });

  test('Markdown, SARIF, JUnit and text carry the reason', () => {
    expect(out('report.md')).toMatch(/### Not checked \(1\)\n\n- infra\/broken\.plan\.json:1: input\\_error: invalid JSON/);
    const sarif = JSON.parse(out('report.sarif')) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.message.text)).toEqual([expect.stringContaining('infra/broken.plan.json:1: input_error: invalid JSON')]);
    expect(out('report.junit.xml')).toMatch(/<testcase name="infra\/broken\.plan\.json" classname="plangate\.not-checked" file="infra\/broken\.plan\.json" line="1">\s*<error message="invalid JSON/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Verdict: ERROR');
    expect(lines.at(-1)).toContain('infra/broken.plan.json:1: input_error: invalid JSON');
  });
});

test('a plan whose only oddity is in a section plangate does not use (resource_drift without address) is read', () => {
  const dir = workDir({ 'plan.json': gapPlan('drift-without-address.plan.json') });
  const run = runPlangate(['check', 'plan.json', '-f', 'json', '-o', 'out'], dir);
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  expect(readReportJson(dir).summary).toMatchObject({ resources: 1, judged: 1 });
});

describe('zero rules is never a plain pass', () => {
  test('--no-builtin without policies: "no rules ran", exit 1', () => {
    const dir = workDir({});
    const run = runPlangate(['check', 'k8s', '--no-builtin', ...ALL_FORMATS], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Verdict: FAIL');
    expect(run.stdout).toContain('no rules ran');
    expect(readReportJson(dir).empty).toEqual({ reason: 'no rules ran', allowed: false });
    for (const file of ['report.html', 'report.md', 'report.sarif', 'report.junit.xml']) expect(readFileSync(join(dir, 'out', file), 'utf8')).toContain('no rules ran');
  });

  test('builtin: false in plangate.yaml, with --allow-empty: passes and still says so', () => {
    const dir = workDir({ 'plangate.yaml': 'builtin: false\n' });
    const run = runPlangate(['check', 'k8s', '--allow-empty', '-f', 'text,json', '-o', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no rules ran');
    expect(readReportJson(dir).empty).toEqual({ reason: 'no rules ran', allowed: true });
  });
});

describe('coverage', () => {
  test('a plan of types no rule judges: "nothing judged", exit 1, uncovered listed per type', () => {
    const dir = workDir({ 'plan.json': gapPlan('only-uncovered.plan.json') });
    const run = runPlangate(['check', 'plan.json', ...ALL_FORMATS], dir);
    expect(run.code).toBe(1);
    const report = readReportJson(dir);
    expect(report.summary).toMatchObject({ resources: 3, judged: 0 });
    expect(report.empty).toEqual({ reason: 'nothing judged', allowed: false });
    expect(report.uncovered).toEqual([
      { type: 'null_resource', resources: 2, addresses: ['null_resource.wait[0]', 'null_resource.wait[1]'] },
      { type: 'random_password', resources: 1, addresses: ['random_password.db'] },
    ]);
    expect(run.stdout).toContain('0 of 3 resources judged; 3 of types null_resource (2), random_password (1) judged by no rule');
    for (const file of ['report.html', 'report.md', 'report.sarif', 'report.junit.xml']) {
      const text = readFileSync(join(dir, 'out', file), 'utf8');
      expect(text).toContain('nothing judged');
      expect(text).toMatch(/null\\?_resource/);
    }
  });

  test('--fail-on-uncovered fails a run whose judged resources all pass', () => {
    const mixed = JSON.parse(gapPlan('drift-without-address.plan.json')) as { resource_changes: unknown[] };
    mixed.resource_changes.push(...(JSON.parse(gapPlan('only-uncovered.plan.json')) as { resource_changes: unknown[] }).resource_changes);
    const dir = workDir({ 'plan.json': JSON.stringify(mixed) });
    expect(runPlangate(['check', 'plan.json', '-f', 'json', '-o', 'out'], dir).code).toBe(0);
    expect(readReportJson(dir).summary).toMatchObject({ resources: 4, judged: 1 });
    expect(runPlangate(['check', 'plan.json', '--fail-on-uncovered', '-f', 'json', '-o', 'out'], dir).code).toBe(1);
    expect(readReportJson(dir).run?.failOnUncovered).toBe(true);
    const viaConfig = workDir({ 'plan.json': JSON.stringify(mixed), 'plangate.yaml': 'failOnUncovered: true\n' });
    expect(runPlangate(['check', 'plan.json'], viaConfig).code).toBe(1);
  });
});

test('provider region through var.region, an alias, and a data source (unknown with the reference)', () => {
  const dir = workDir({ 'plan.json': gapPlan('var-region.plan.json') });
  runPlangate(['check', 'plan.json', '-f', 'json', '-o', 'out'], dir);
  const regions = readReportJson(dir).results.filter((r) => r.ruleId === 'allowed-regions');
  const byAddress = Object.fromEntries(regions.map((r) => [r.resource.address, r]));
  expect(byAddress['aws_sqs_queue.home']).toMatchObject({ status: 'fail' });
  expect(byAddress['aws_sqs_queue.home'].message).toContain("'us-east-1'");
  expect(byAddress['aws_sqs_queue.eu']).toMatchObject({ status: 'pass', message: expect.stringContaining('region eu-central-1') });
  expect(byAddress['aws_sqs_queue.lookup']).toMatchObject({ status: 'unknown', message: expect.stringContaining('data.aws_ssm_parameter.region.value') });
});

describe('configuration that would weaken the gate', () => {
  test('--env outside the configured environments: exit 2 naming them', () => {
    const dir = workDir({});
    const run = runPlangate(['check', 'k8s', '--env', 'prod'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('environment "prod" is not one of the configured environments (dev, int, prd');
    expect(runPlangate(['check', 'k8s'], workDir({ 'plangate.yaml': 'environment: prod\n' })).code).toBe(2);
  });

  test('a waiver date that is no calendar day: exit 2 naming the key and line', () => {
    const dir = workDir({ 'plangate.yaml': 'waivers:\n  - rule: required-tags\n    resource: "*"\n    reason: r\n    approvedBy: a@example.com\n    expires: 2099-13-45\n' });
    const run = runPlangate(['check', 'k8s'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plangate.yaml:6');
    expect(run.stderr).toContain('waivers[0].expires: 2099-13-45 is not a calendar date');
  });
});

test('a policy package that defines nothing plangate runs is reported, not ignored', () => {
  const dir = workDir({
    'custom/orphan.rego': 'package team.checks\n\nimport rego.v1\n\nfindings contains r.id if {\n\tsome r in input.resources\n\tr.kind == "Deployment"\n}\n',
    'custom/helpers.rego': 'package helpers\n\nimport rego.v1\n\nis_deployment(o) if o.kind == "Deployment"\n',
    'custom/uses_helpers.rego': '# METADATA\n# title: t\n# custom:\n#   id: uses-helpers\npackage rules.uses\n\nimport data.helpers\nimport rego.v1\n\napplies contains r.id if some r in input.resources\n\ndeny contains {"id": r.id, "msg": "m"} if {\n\tsome r in input.resources\n\thelpers.is_deployment(r)\n\tr.name == "never"\n}\n',
    'custom/uses_helpers_test.rego': 'package rules.uses_test\n\nimport rego.v1\n\ntest_nothing if true\n',
  });
  const run = runPlangate(['check', 'k8s', '--no-builtin', '-p', 'custom', '-f', 'json', '-o', 'out'], dir);
  expect(run.code).toBe(4);
  expect(run.stderr).toContain('custom/orphan.rego:1:');
  expect(run.stderr).toContain('package team.checks defines no rule plangate runs');
  expect(run.stderr).not.toContain('package helpers');
  expect(run.stderr).not.toContain('uses_test');
  expect(readReportJson(dir).problems).toEqual([expect.objectContaining({ code: 'policy_error', file: 'custom/orphan.rego', line: 1 })]);
});

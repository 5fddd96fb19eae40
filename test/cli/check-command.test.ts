import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, readReportJson, REPO_ROOT, runPlangate, TEST_RULES } from './run-cli';

// The fixtures: k8s/web.yaml is a privileged Deployment (test-no-privileged, high) with 5 replicas and env: int;
// k8s/api.yaml is compliant with 2 replicas. test-max-replicas (low) fails above params.max_replicas (default 10);
// test-environment-label (medium) applies only when an environment is given.

describe('plangate check: exit codes', () => {
  const dir = fixtureCopy();
  writeFileSync(join(dir, 'not-an-input.json'), '{"hello": "world"}\n');
  writeFileSync(join(dir, 'broken.rego'), 'package plangate.rules.broken\n\ndeny contains x if {\n  x := \n}\n');
  mkdirSync(join(dir, 'bad-config'));
  writeFileSync(join(dir, 'bad-config', 'plangate.yaml'), 'failOn: high\nformats: [json]\nfailon: low\n');

  test.each([
    ['0: nothing fails', ['k8s/api.yaml'], 0, /Verdict: PASS/],
    ['1: a failing result', ['k8s'], 1, /Deployment\/shop\/web: container web runs privileged/],
    ['2: a usage error', ['k8s', '--fail-on', 'severe'], 2, /usage_error: --fail-on severe: choose one of low, medium, high, critical/],
    ['2: a configuration error names file, line and key', ['k8s', '-c', 'bad-config/plangate.yaml'], 2, /^bad-config\/plangate\.yaml:3:1: config_error: unknown key "failon"/m],
    ['3: an input that is neither plan nor manifest', ['k8s/api.yaml', 'not-an-input.json'], 3, /^not-an-input\.json: input_error: not a recognised input/m],
    ['3: a missing input', ['k8s/api.yaml', 'missing.yaml'], 3, /missing\.yaml/],
    ['4: a policy that does not compile', ['k8s/api.yaml', '-p', 'broken.rego'], 4, /^broken\.rego:5:1: rego_parse_error: /m],
    ['4 wins over 3 and 1', ['k8s', 'not-an-input.json', '-p', 'broken.rego'], 4, /rego_parse_error/],
  ])('exit %s', (_name, args, code, output) => {
    const run = runPlangate(['check', ...args, '--no-builtin', '-p', 'policies'], dir);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toMatch(output);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('errors are one line per problem and carry no stack trace unless --debug', () => {
    const plain = runPlangate(['check', 'k8s', '-c', 'missing.yaml'], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('missing.yaml: config_error: cannot read configuration: file not found\n');
    const debug = runPlangate(['--debug', 'check', 'k8s', '-c', 'missing.yaml'], dir);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at .*load/);
  });
});

describe('plangate check: options', () => {
  test('--fail-on: failures below the threshold do not fail the run', () => {
    const dir = fixtureCopy();
    const args = ['check', 'k8s', ...TEST_RULES, '--param', 'max_replicas=3'];
    const low = runPlangate([...args, '--fail-on', 'low'], dir);
    expect(low.code).toBe(1);
    expect(runPlangate(['check', 'k8s/api.yaml', 'k8s/web.yaml', ...TEST_RULES, '--param', 'max_replicas=3', '--fail-on', 'critical'], dir).code).toBe(0);
    expect(readReportJson(dir).run?.failOn).toBe('critical');
    expect(readReportJson(dir).summary.failed).toBe(2);
  });

  test('--param overrides a parameter of plangate.yaml', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'plangate.yaml'), 'parameters:\n  max_replicas: 1\n');
    expect(runPlangate(['check', 'k8s/api.yaml', ...TEST_RULES], dir).code).toBe(1);
    expect(readReportJson(dir).results.find((r) => r.ruleId === 'test-max-replicas')?.message).toBe('Deployment/shop/api: 2 replicas exceed 1');
    expect(runPlangate(['check', 'k8s/api.yaml', ...TEST_RULES, '--param', 'max_replicas=2'], dir).code).toBe(0);
    expect(readReportJson(dir).run?.parameters).toMatchObject({ max_replicas: 2 });
  });

  test('--env sets the environment rules check against, over plangate.yaml', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'plangate.yaml'), 'environment: int\n');
    expect(runPlangate(['check', 'k8s/api.yaml', ...TEST_RULES], dir).code).toBe(0);
    const prd = runPlangate(['check', 'k8s/api.yaml', ...TEST_RULES, '--env', 'prd'], dir);
    expect(prd.code).toBe(1);
    expect(prd.stdout).toContain('Deployment/shop/api: env label is not prd');
    expect(readReportJson(dir).run?.environment).toBe('prd');
  });

  test('--baseline marks results new, unchanged or fixed', () => {
    const dir = fixtureCopy();
    expect(runPlangate(['check', 'k8s', ...TEST_RULES, '-o', 'base'], dir).code).toBe(1);
    writeFileSync(join(dir, 'k8s', 'web.yaml'), readFileSync(join(dir, 'k8s', 'web.yaml'), 'utf8').replace('privileged: true', 'privileged: false'));
    writeFileSync(join(dir, 'k8s', 'api.yaml'), readFileSync(join(dir, 'k8s', 'api.yaml'), 'utf8').replace('replicas: 2', 'replicas: 20'));
    expect(runPlangate(['check', 'k8s', ...TEST_RULES, '--baseline', 'base/report.json'], dir).code).toBe(1);
    const marks = Object.fromEntries(readReportJson(dir).results.map((r) => [`${r.ruleId} ${r.resource.address}`, `${r.status} ${r.baseline}`]));
    expect(marks).toMatchObject({
      'test-max-replicas Deployment/shop/api': 'fail new',
      'test-no-privileged Deployment/shop/web': 'pass fixed',
    });
  });

  test('--ignore-unrecognised skips named files that are no input; finding none passes only with --allow-empty', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}\n');
    expect(runPlangate(['check', 'package.json', 'k8s/api.yaml', '--no-builtin', '-p', 'policies'], dir).code).toBe(3);
    expect(runPlangate(['check', 'package.json', 'k8s/api.yaml', '--no-builtin', '-p', 'policies', '--ignore-unrecognised'], dir).code).toBe(0);
    expect(runPlangate(['check', 'package.json', '--no-builtin', '-p', 'policies', '--ignore-unrecognised', '--allow-empty'], dir).code).toBe(0);
    const empty = runPlangate(['check', 'package.json', '--no-builtin', '-p', 'policies', '--ignore-unrecognised'], dir);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('nothing judged');
    expect(runPlangate(['check', 'package.json', 'k8s/web.yaml', '--no-builtin', '-p', 'policies', '--ignore-unrecognised'], dir).code).toBe(1);
  });

  test('timeout comes from plangate.yaml when --timeout is not given', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'plangate.yaml'), 'timeout: 1\n');
    const hostile = join(REPO_ROOT, 'fixtures', 'hostile', 'policies', 'explode-time.rego');
    const run = runPlangate(['check', 'k8s/api.yaml', '--no-builtin', '-p', hostile], dir);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('eval_cancel_error: evaluation exceeded the 1 s timeout');
  });

  test('rule ids and categories in plangate.yaml that no rule has are warned about with their line', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'plangate.yaml'), 'disable:\n  - test-environment-label\n  - test-max-replica\nseverity: { test-no-privilege: low }\nenforcement:\n  sizing: advisory\n  workload-securty: advisory\n');
    const run = runPlangate(['check', 'k8s/api.yaml', '--no-builtin', '-p', 'policies'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe([
      'plangate.yaml:3: warning: disable: no rule "test-max-replica" in this run',
      'plangate.yaml:4: warning: severity: no rule "test-no-privilege" in this run',
      'plangate.yaml:7: warning: enforcement: no rule or category "workload-securty" in this run',
      '',
    ].join('\n'));
  });

  test('formats and output directory come from plangate.yaml', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'plangate.yaml'), 'formats: [json, markdown]\noutputDir: out\npolicies: [policies]\nbuiltin: false\n');
    const run = runPlangate(['check', 'k8s/api.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(join('out', 'report.md'));
    expect(readReportJson(dir).verdict).toBe('pass');
  });
});

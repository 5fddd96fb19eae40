import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runPlangate } from './run-cli';

describe('plangate policies', () => {
  const dir = fixtureCopy();

  test('lists custom rules with their metadata as text', () => {
    const run = runPlangate(['policies', '--no-builtin', '-p', 'policies'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('test-no-privileged  [high] [workload-security] [custom] Containers do not run privileged (CLI test rule)');
    expect(run.stdout).toContain('    controls: ISO27001:2022 A.8.9');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('3 rules');
  });

  test('--json lists the built-in library and plangate.yaml policies', () => {
    writeFileSync(join(dir, 'plangate.yaml'), 'policies: [policies]\n');
    const run = runPlangate(['policies', '--json'], dir);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; source: string }[];
    expect(rules.filter((r) => r.source === 'custom').map((r) => r.id).sort()).toEqual(['test-environment-label', 'test-max-replicas', 'test-no-privileged']);
    expect(rules.some((r) => r.id === 'k8s-no-privileged-containers' && r.source === 'builtin')).toBe(true);
  });

  test('plangate.yaml applies: disabled rules are left out, severities and enforcement levels shown', () => {
    const configured = fixtureCopy();
    writeFileSync(join(configured, 'plangate.yaml'), 'builtin: false\npolicies: [policies]\ndisable: [test-environment-label]\nseverity: { test-max-replicas: critical }\nenforcement: { workload-security: advisory }\n');
    const text = runPlangate(['policies'], configured);
    expect(text.stdout).toContain('test-max-replicas  [critical] [sizing] [custom] ');
    expect(text.stdout).toContain('test-no-privileged  [high] [workload-security] [advisory] [custom] ');
    expect(text.stdout).not.toContain('test-environment-label');
    const json = JSON.parse(runPlangate(['policies', '--json'], configured).stdout) as { id: string; enforcement: string }[];
    expect(json.map((r) => `${r.id} ${r.enforcement}`).sort()).toEqual(['test-max-replicas mandatory', 'test-no-privileged advisory']);
  });
});

describe('plangate test', () => {
  const dir = fixtureCopy();
  writeFileSync(join(dir, 'policies', 'replicas_test.rego'), `package plangate.rules.test_max_replicas

import rego.v1

deployment(n) := {"resources": [{"id": "d", "kind": "Deployment", "address": "Deployment/default/d", "values": {"spec": {"replicas": n}}}]}

test_many_replicas_fail if count(deny) == 1 with input as deployment(11)
test_few_replicas_pass if count(deny) == 0 with input as deployment(3)
test_wrong_expectation if count(deny) == 1 with input as deployment(3)
`);

  test('runs test_ rules and closes with "N passed, N failed"; a failing test exits 1', () => {
    const run = runPlangate(['test', 'policies'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL: ');
    expect(run.stdout).toContain('test_wrong_expectation');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 passed, 1 failed');
  });

  test('exit 0 when every test passes', () => {
    const passing = fixtureCopy();
    writeFileSync(join(passing, 'policies', 'replicas_test.rego'), `package plangate.rules.test_max_replicas

import rego.v1

test_default_limit if max_replicas == 10
`);
    const run = runPlangate(['test', 'policies', '-v'], passing);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });
});

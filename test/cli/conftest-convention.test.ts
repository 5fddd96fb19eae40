// conftest-style policy folders (fixtures/conftest) run through `plangate check`: each case states what conftest
// gives for the same folder and input (`conftest test`: failures, warnings, exceptions, exit code) and checks
// plangate's report and exit code against it. Failures are `fail` results of mandatory rules (exit 1); warnings
// are `fail` results of advisory rules (exit 0 on their own); exceptions are passes that say so.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runPlangate } from './run-cli';

const FIXTURES = join(REPO_ROOT, 'fixtures', 'conftest');

interface Outcome {
  failures: string[];
  warnings: string[];
  exceptions: string[];
  exit: number;
}

interface ReportResult {
  ruleId: string;
  status: string;
  enforcement?: string;
  message: string;
  details?: Record<string, unknown>;
  resource: { address: string; file?: string; line?: number };
}

function run(folder: string, args: string[]): { outcome: Outcome; results: ReportResult[]; stderr: string; out: string } {
  const out = mkdtempSync(join(tmpdir(), 'plangate-conftest-'));
  const cli = runPlangate(['check', '--no-builtin', '-f', 'json', '-o', out, ...args], join(FIXTURES, folder));
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { results: ReportResult[] };
  const failing = report.results.filter((r) => r.status === 'fail');
  return {
    outcome: {
      failures: failing.filter((r) => r.enforcement === 'mandatory').map((r) => `${r.ruleId}: ${r.message}`).sort(),
      warnings: failing.filter((r) => r.enforcement === 'advisory').map((r) => `${r.ruleId}: ${r.message}`).sort(),
      exceptions: report.results.filter((r) => r.details?.exception === true).map((r) => `${r.ruleId}: ${r.resource.address}`).sort(),
      exit: cli.code ?? -1,
    },
    results: report.results,
    stderr: cli.stderr,
    out,
  };
}

const CASES: { name: string; folder: string; args: string[]; conftest: Outcome }[] = [
  {
    name: 'v0 policy: deny, violation with an object message, warn_ variant, deny_ variant (conftest --rego-version v0)',
    folder: 'basic',
    args: ['input', '-p', 'policy', '--rego-version', 'v0'],
    conftest: {
      failures: ['main.deny: Containers must not run as root', 'main.violation: container web has no memory limit'],
      warnings: ['main.warn_latest: image nginx:latest uses the latest tag'],
      exceptions: [],
      exit: 1,
    },
  },
  {
    name: 'a compliant document passes every rule',
    folder: 'basic',
    args: ['input/good.yaml', '-p', 'policy', '--rego-version', 'v0'],
    conftest: { failures: [], warnings: [], exceptions: [], exit: 0 },
  },
  {
    name: 'exception rules exempt deny_<name> by name and plain deny by ""',
    folder: 'exceptions',
    args: ['input.yaml', '-p', 'policy'],
    conftest: {
      failures: ['main.deny_run_as_root: fresh runs as root'],
      warnings: [],
      exceptions: ['main.deny: Deployment/default/fresh', 'main.deny_run_as_root: Deployment/default/legacy'],
      exit: 1,
    },
  },
  {
    name: 'a JSON file that is no plan or manifest is a document conftest judges, not an unreadable input',
    folder: 'exceptions',
    args: ['config.json', '-p', 'policy'],
    conftest: { failures: ['main.deny: no owner label'], warnings: [], exceptions: [], exit: 1 },
  },
  {
    name: 'warnings alone do not fail (--namespace main)',
    folder: 'namespaces',
    args: ['pod.yaml', '-p', 'policy/main.rego', '--namespace', 'main'],
    conftest: { failures: [], warnings: ['main.warn: Pod/debug has no namespace'], exceptions: [], exit: 0 },
  },
  {
    name: '--namespace selects another package',
    folder: 'namespaces',
    args: ['pod.yaml', '-p', 'policy/kubernetes.rego', '--namespace', 'kubernetes'],
    conftest: { failures: ['kubernetes.deny: bare Pods are not allowed'], warnings: [], exceptions: [], exit: 1 },
  },
  {
    name: '--all-namespaces runs every package',
    folder: 'namespaces',
    args: ['pod.yaml', '-p', 'policy', '--all-namespaces'],
    conftest: { failures: ['kubernetes.deny: bare Pods are not allowed'], warnings: ['main.warn: Pod/debug has no namespace'], exceptions: [], exit: 1 },
  },
  {
    name: '--data loads a folder under data by its directory path (conftest -d)',
    folder: 'data',
    args: ['../basic/input', '-p', 'policy', '--data', 'data'],
    conftest: { failures: ['main.deny: image nginx:latest is not from an allowed registry (registry.example.com/, ghcr.io/example/)'], warnings: [], exceptions: [], exit: 1 },
  },
  {
    name: '--combine gives one input: [{path, contents}] of every document',
    folder: 'combine',
    args: ['input', '-p', 'policy', '--combine'],
    conftest: { failures: ['main.deny: ConfigMap settings is defined in input/a.yaml and input/b.yaml'], warnings: [], exceptions: [], exit: 1 },
  },
];

describe('conftest convention (plangate check)', () => {
  test.each(CASES)('$name', ({ folder, args, conftest }) => {
    const { outcome, stderr } = run(folder, args);
    expect({ outcome, stderr: stderr.split('\n').filter((l) => !/wrote/.test(l) && l !== '') }).toEqual({ outcome: conftest, stderr: [] });
  });

  test('without --combine each YAML document is its own input, and results name the object and its line', () => {
    const { results } = run('basic', ['input', '-p', 'policy', '--rego-version', 'v0']);
    const deny = results.filter((r) => r.ruleId === 'main.deny').map((r) => `${r.status} ${r.resource.address} ${r.resource.file}:${r.resource.line}`);
    expect(deny.sort()).toEqual(['fail Deployment/default/web input/app.yaml:1', 'pass Deployment/default/api input/good.yaml:1', 'pass Service/default/web input/app.yaml:12']);
  });

  test('object messages keep their other keys as details', () => {
    const { results } = run('basic', ['input', '-p', 'policy', '--rego-version', 'v0']);
    expect(results.find((r) => r.ruleId === 'main.violation' && r.status === 'fail')?.details).toEqual({ container: 'web' });
  });

  test('a package outside the namespaces run is reported, never skipped in silence (conftest would skip it; exit 4)', () => {
    const { outcome, stderr } = run('namespaces', ['pod.yaml', '-p', 'policy']);
    expect(stderr).toContain('policy/kubernetes.rego:1: policy_error: package data.kubernetes defines conftest rules (deny) outside the namespaces run (main): pass --namespace kubernetes or --all-namespaces');
    expect(outcome.exit).toBe(4);
  });

  test('the results appear in every report format with their <namespace>.<rule> ids', () => {
    const out = mkdtempSync(join(tmpdir(), 'plangate-conftest-formats-'));
    const cli = runPlangate(['check', '--no-builtin', '-f', 'text,json,html,sarif,junit,markdown', '-o', out, 'input.yaml', '-p', 'policy'], join(FIXTURES, 'exceptions'));
    expect(cli.code).toBe(1);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['report.html', 'report.json', 'report.junit.xml', 'report.md', 'report.sarif']);
    // Markdown escapes the underscores of the id.
    for (const file of files) expect({ file, has: readFileSync(join(out, file), 'utf8').replace(/\\_/g, '_').includes('main.deny_run_as_root') }).toEqual({ file, has: true });
    expect(cli.stdout).toContain('main.deny_run_as_root');
  });
});

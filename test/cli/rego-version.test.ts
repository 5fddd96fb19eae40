// --rego-version and `regoVersion` through the CLI: a v0 rule and its v1 twin give the same report, plangate.yaml
// names versions globally or per policy source, `compile` records v0 in the bundle it writes, and `plangate test`
// runs v0 tests, conftest tests with --data and Gatekeeper template tests unchanged.
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runPlangate } from './run-cli';

const FIXTURES = join(REPO_ROOT, 'fixtures');

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'plangate-rego-version-'));
  cpSync(join(FIXTURES, dir), copy, { recursive: true });
  return copy;
}

function results(dir: string, args: string[]): { code: number | null; results: string[]; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), 'plangate-rv-out-'));
  const cli = runPlangate(['check', 'plan.json', '--no-builtin', '-f', 'json', '-o', out, ...args], dir);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { results: { ruleId: string; status: string; resource: { address: string }; message: string }[] };
  return { code: cli.code, results: report.results.map((r) => `${r.ruleId} ${r.status} ${r.resource.address}: ${r.message}`).sort(), stderr: cli.stderr };
}

const WANT = [
  'acme-bucket-versioning fail aws_s3_bucket.logs: bucket aws_s3_bucket.logs has no enabled versioning',
  'acme-bucket-versioning pass aws_s3_bucket.data: Buckets keep object versions',
];

describe('Rego versions in the CLI', () => {
  const dir = copyOf('rego-v0');

  test('a v0 rule (--rego-version v0) and its v1 twin give identical results', () => {
    const v0 = results(dir, ['-p', 'v0', '--rego-version', 'v0']);
    const v1 = results(dir, ['-p', 'v1']);
    expect(v0.results).toEqual(WANT);
    expect(v1.results).toEqual(v0.results);
    expect(v0.code).toBe(1);
  });

  test('without --rego-version the v0 rule is refused with a hint (exit 4)', () => {
    const run = results(dir, ['-p', 'v0']);
    expect(run.stderr).toContain('v0/bucket_versioning.rego:11:1: rego_parse_error: `if` keyword is required before rule body (hint: read as Rego v1, the file parses as Rego v0: use --rego-version v0 or regoVersion: v0)');
    expect(run.code).toBe(4);
  });

  test('plangate.yaml: regoVersion per policy source, beside v1 sources', () => {
    writeFileSync(join(dir, 'per-source.yaml'), 'policies:\n  - path: v0\n    regoVersion: v0\n');
    expect(results(dir, ['-c', 'per-source.yaml']).results).toEqual(WANT);
    writeFileSync(join(dir, 'global.yaml'), 'regoVersion: v0\npolicies: [v0]\n');
    expect(results(dir, ['-c', 'global.yaml']).results).toEqual(WANT);
  });

  test('an unknown version is a usage error (exit 2)', () => {
    const cli = runPlangate(['check', 'plan.json', '--no-builtin', '-p', 'v1', '--rego-version', 'v2'], dir);
    expect(cli.stderr).toContain('--rego-version v2: choose one of v0, v1');
    expect(cli.code).toBe(2);
  });

  test('compile --rego-version v0 writes a bundle whose manifest says rego_version 0, and check reads it', () => {
    const compiled = runPlangate(['compile', 'v0', '--rego-version', 'v0', '-e', 'acme/bucket_versioning/deny', '-e', 'acme/bucket_versioning/applies', '-o', 'out/v0.tar.gz'], dir);
    expect(compiled.code).toBe(0);
    const run = results(dir, ['-p', 'out/v0.tar.gz']);
    expect(run.results).toEqual(WANT);
  });
});

describe('plangate test with --rego-version and --data', () => {
  test.each([
    ['v0 policy and v0 tests (--rego-version v0)', 'conftest/basic', ['test', 'policy', '--rego-version', 'v0'], 0, '3 passed, 0 failed'],
    ['conftest tests that need data (--data)', 'conftest/data', ['test', 'policy', '--data', 'data'], 0, '2 passed, 0 failed'],
    ['the same tests without the data fail', 'conftest/data', ['test', 'policy'], 1, '1 passed, 1 failed'],
    ['Gatekeeper templates with v0 library-style tests', 'gatekeeper', ['test', 'templates', 'tests/templates_test.rego', '--rego-version', 'v0'], 0, '2 passed, 0 failed'],
    ['a v1 template (version: v1) with v1 tests', 'gatekeeper', ['test', 'templates', 'tests/disallowed_tags_test.rego'], 0, '1 passed, 0 failed'],
  ])('%s', (_name, folder, args, code, summary) => {
    const cli = runPlangate(args, join(FIXTURES, folder));
    expect({ code: cli.code, last: cli.stdout.trim().split('\n').pop() }).toEqual({ code, last: summary });
  });
});

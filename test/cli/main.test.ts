import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runPlangate } from './run-cli';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('plangate binary', () => {
  test('--version prints the package version', () => {
    const run = runPlangate(['--version'], REPO_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  test('--help describes the tool and lists every command of the contract', () => {
    const run = runPlangate(['--help'], REPO_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: plangate');
    expect(run.stdout).toContain('Terraform plans and Kubernetes manifests');
    for (const command of ['check', 'compile', 'test', 'policies', 'init', 'report', 'merge', 'verify']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  test.each(['check', 'compile', 'test', 'policies', 'init', 'report', 'merge', 'verify'])('%s --help shows an example', (command) => {
    const run = runPlangate([command, '--help'], REPO_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Examples?:\n {2}(terraform|plangate) /m);
  });

  test.each([
    ['an unknown command', ['frobnicate'], "error: unknown command 'frobnicate'"],
    ['an unknown option', ['check', '--frobnicate'], "error: unknown option '--frobnicate'"],
  ])('%s is a usage error (exit 2)', (_name, args, message) => {
    const run = runPlangate(args, REPO_ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
